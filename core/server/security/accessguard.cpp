#include "accessguard.h"
#include "core/domain/ksttime.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include <QCryptographicHash>
#include <QNetworkInterface>
#include <QUrl>

namespace cybos {
namespace {
// "Localhost:8000" → "localhost", "[::1]:8000" → "::1".
QString hostOnly(const QByteArray &value)
{
    QString host = QString::fromLatin1(value.trimmed()).toLower();
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        return close < 0 ? QString() : host.mid(1, close - 1);
    }
    if (host.count(QLatin1Char(':')) == 1)
        host.truncate(host.indexOf(QLatin1Char(':')));
    return host;
}

QString normalOrigin(const QByteArray &origin)
{
    QString o = QString::fromLatin1(origin.trimmed()).toLower();
    while (o.endsWith(QLatin1Char('/')))
        o.chop(1);
    return o;
}
} // namespace

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        diff |= static_cast<unsigned char>(da.at(i) ^ db.at(i));
    return diff == 0;
}

AccessGuard::AccessGuard(SecurityConfig config, EventLog *eventLog)
    : m_key(config.apiKey), m_bans(config.maxFailures, config.banMs), m_eventLog(eventLog)
{
    m_hosts = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    const QHostAddress bind(config.bindAddress);
    m_hosts.insert(hostOnly(config.bindAddress.toUtf8()));
    if (bind == QHostAddress::Any || bind == QHostAddress::AnyIPv4 || bind == QHostAddress::AnyIPv6) {
        // Bound to every interface: this machine's own addresses name it too.
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            m_hosts.insert(QHostAddress(a.toString().section(QLatin1Char('%'), 0, 0)).toString());
    }
    for (const QString &name : std::as_const(config.hostNames))
        m_hosts.insert(hostOnly(name.toUtf8()));
    for (const QString &origin : std::as_const(config.allowedOrigins))
        m_origins.insert(normalOrigin(origin.toUtf8()));
}

bool AccessGuard::hostAllowed(const QByteArray &hostHeader) const
{
    return m_hosts.contains(hostOnly(hostHeader));
}

bool AccessGuard::originAllowed(const QByteArray &origin) const
{
    return m_origins.contains(normalOrigin(origin));
}

std::optional<Error> AccessGuard::checkRequest(const HttpRequest &request) const
{
    const QByteArray host = request.header("host");
    if (!hostAllowed(host)) {
        return makeError(ErrorCode::HostNotAllowed,
                         QStringLiteral("Host \"%1\" does not name this server").arg(QString::fromLatin1(host)));
    }
    if (request.hasHeader("origin") && !originAllowed(request.header("origin"))) {
        return makeError(ErrorCode::OriginNotAllowed,
                         QStringLiteral("Origin \"%1\" is not allowed").arg(QString::fromLatin1(request.header("origin"))));
    }
    return checkBan(request.peer);
}

std::optional<Error> AccessGuard::checkBan(const QHostAddress &peer) const
{
    if (m_bans.isBanned(peer, Kst::nowMs()))
        return makeError(ErrorCode::Banned, QStringLiteral("too many failed API keys from this address; try again later"));
    return std::nullopt;
}

QByteArray AccessGuard::keyOf(const HttpRequest &request, bool allowQueryToken)
{
    const QByteArray auth = request.header("authorization").trimmed();
    if (auth.size() > 7 && auth.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return auth.mid(7).trimmed();
    if (request.hasHeader("x-api-key"))
        return request.header("x-api-key").trimmed();
    if (allowQueryToken && request.hasQuery(QStringLiteral("token")))
        return request.queryValue(QStringLiteral("token")).toUtf8();
    return {};
}

bool AccessGuard::carriesKey(const HttpRequest &request, bool allowQueryToken)
{
    return !keyOf(request, allowQueryToken).isEmpty() || request.hasHeader("authorization");
}

std::optional<Error> AccessGuard::authorize(const HttpRequest &request, bool allowQueryToken)
{
    if (!keyRequired())
        return std::nullopt;
    const QByteArray key = keyOf(request, allowQueryToken);
    if (key.isEmpty() && !request.hasHeader("authorization"))
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("an API key is required (Authorization: Bearer KEY or X-API-Key)"));
    return authorizeKey(key, request.peer);
}

std::optional<Error> AccessGuard::authorizeKey(const QByteArray &key, const QHostAddress &peer)
{
    if (auto banned = checkBan(peer))
        return banned;
    if (!keyRequired() || constantTimeEquals(key, m_key.toUtf8())) {
        m_bans.recordSuccess(peer);
        return std::nullopt;
    }
    qCWarning(lcServer) << "wrong API key from" << peer.toString();
    if (m_bans.recordFailure(peer, Kst::nowMs()) && m_eventLog) {
        m_eventLog->warning(QStringLiteral("server"),
                            QStringLiteral("%1 banned for %2 s after %3 wrong API keys")
                                .arg(peer.toString()).arg((m_bans.banMs() + 999) / 1000).arg(m_bans.maxFailures()));
    }
    return makeError(ErrorCode::Unauthorized, QStringLiteral("wrong API key"));
}

QList<QPair<QByteArray, QByteArray>> AccessGuard::corsHeaders(const HttpRequest &request) const
{
    if (m_origins.isEmpty() || !request.hasHeader("origin") || !originAllowed(request.header("origin")))
        return {};
    return {
        {QByteArrayLiteral("Access-Control-Allow-Origin"), request.header("origin").trimmed()},
        {QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin")},
        {QByteArrayLiteral("Access-Control-Expose-Headers"), QByteArrayLiteral("Retry-After, X-Next-Page-Token")},
    };
}

} // namespace cybos
