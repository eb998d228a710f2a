#pragma once
// Brute-force protection (api.md "Security"): an address that sends a wrong API key
// maxFailures times in a row is refused for banMs. Used on the server thread only.
#include <QHash>
#include <QHostAddress>

namespace cybos {

class BanList
{
public:
    explicit BanList(int maxFailures = 5, qint64 banMs = 10 * 60 * 1000);

    bool isBanned(const QHostAddress &peer, qint64 nowMs) const;
    // Counts one failed key; true when this failure starts a ban.
    bool recordFailure(const QHostAddress &peer, qint64 nowMs);
    void recordSuccess(const QHostAddress &peer);
    qint64 banMs() const { return m_banMs; }
    int maxFailures() const { return m_maxFailures; }

private:
    struct Entry {
        int failures = 0;
        qint64 bannedUntilMs = 0;
    };
    static QString keyOf(const QHostAddress &peer);

    int m_maxFailures;
    qint64 m_banMs;
    QHash<QString, Entry> m_entries;
};

} // namespace cybos
