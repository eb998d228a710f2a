#include "banlist.h"

namespace cybos {

BanList::BanList(int maxFailures, qint64 banMs) : m_maxFailures(maxFailures), m_banMs(banMs) {}

QString BanList::keyOf(const QHostAddress &peer)
{
    // ::ffff:127.0.0.1 and 127.0.0.1 are one client.
    bool ok = false;
    const quint32 v4 = peer.toIPv4Address(&ok);
    return ok ? QHostAddress(v4).toString() : peer.toString();
}

bool BanList::isBanned(const QHostAddress &peer, qint64 nowMs) const
{
    if (m_entries.isEmpty()) // the usual case: no address to look up, on every request
        return false;
    const auto it = m_entries.constFind(keyOf(peer));
    return it != m_entries.cend() && it->bannedUntilMs > nowMs;
}

bool BanList::recordFailure(const QHostAddress &peer, qint64 nowMs)
{
    Entry &e = m_entries[keyOf(peer)];
    if (e.bannedUntilMs > nowMs)
        return false;
    if (e.bannedUntilMs != 0) {
        // A ban that ran out starts a fresh count.
        e = Entry{};
    }
    if (++e.failures < m_maxFailures)
        return false;
    e.bannedUntilMs = nowMs + m_banMs;
    return true;
}

void BanList::recordSuccess(const QHostAddress &peer)
{
    if (m_entries.isEmpty())
        return;
    auto it = m_entries.find(keyOf(peer));
    if (it != m_entries.end() && it->bannedUntilMs == 0)
        m_entries.erase(it);
}

} // namespace cybos
