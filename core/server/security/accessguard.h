#pragma once
// The server's security rules (api.md "Security") in one place, used by the REST dispatcher
// and the WebSocket hub alike: Host header (DNS rebinding), Origin allow-list, API key (header,
// ?token= on WebSocket handshakes, or the auth message), brute-force bans. Server thread only.
#include "banlist.h"
#include "core/domain/result.h"
#include "core/server/http/httprequest.h"
#include <QSet>
#include <optional>

namespace cybos {

class EventLog;

struct SecurityConfig {
    QString apiKey;                 // empty: no key needed
    QString bindAddress = QStringLiteral("127.0.0.1");
    QStringList hostNames;          // extra names accepted in the Host header
    QStringList allowedOrigins;     // Origin allow-list; empty: any Origin is refused
    int maxFailures = 5;
    qint64 banMs = 10 * 60 * 1000;
};

class AccessGuard
{
public:
    AccessGuard(SecurityConfig config, EventLog *eventLog);

    bool keyRequired() const { return !m_key.isEmpty(); }
    bool corsEnabled() const { return !m_origins.isEmpty(); }

    // Host and Origin (403 host_not_allowed / origin_not_allowed), then the ban (403 banned).
    std::optional<Error> checkRequest(const HttpRequest &request) const;
    std::optional<Error> checkBan(const QHostAddress &peer) const;
    // The key of a request: Authorization: Bearer, X-API-Key and, when allowQueryToken (the
    // WebSocket handshake), ?token=. No key given is 401; a wrong one counts towards a ban.
    std::optional<Error> authorize(const HttpRequest &request, bool allowQueryToken);
    // A key as a WebSocket auth message carries it.
    std::optional<Error> authorizeKey(const QByteArray &key, const QHostAddress &peer);
    // Whether the request names a key at all (then authorize() decides on it).
    static bool carriesKey(const HttpRequest &request, bool allowQueryToken);

    // CORS answer headers for an allowed Origin (nothing when no origins are configured).
    QList<QPair<QByteArray, QByteArray>> corsHeaders(const HttpRequest &request) const;

private:
    bool hostAllowed(const QByteArray &hostHeader) const;
    bool originAllowed(const QByteArray &origin) const;
    static QByteArray keyOf(const HttpRequest &request, bool allowQueryToken);

    QString m_key;
    QSet<QString> m_hosts;
    QSet<QString> m_origins;
    BanList m_bans;
    EventLog *m_eventLog;
};

// Equal-time comparison of two secrets (compares digests, so the length does not leak).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace cybos
