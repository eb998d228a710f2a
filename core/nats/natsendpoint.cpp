#include "natsendpoint.h"
#include <QFileInfo>
#include <QRegularExpression>

namespace cybos {

bool NatsEndpoint::keyIsCredsFile() const
{
    return key.endsWith(QLatin1String(".creds")) && QFileInfo(key).isFile();
}

bool isNatsUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"nats" || scheme == u"tls";
}

Result<NatsEndpoint> natsEndpoint(const QUrl &url, const QString &key, const QString &prefix)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
    const auto bad = [&url](const QString &why) {
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("NATS URL %1 %2").arg(url.toDisplayString(QUrl::RemoveUserInfo), why));
    };
    if (!isNatsUrl(url) || url.host().isEmpty())
        return bad(QStringLiteral("needs a host: nats://HOST:4222/STREAM"));
    const QString stream = url.path().section(QLatin1Char('/'), 1, 1);
    if (stream.isEmpty() || url.path().count(QLatin1Char('/')) > 1 || !token.match(stream).hasMatch()
        || stream.contains(QLatin1Char('.')))
        return bad(QStringLiteral("needs one stream name as its path: nats://HOST:4222/STREAM"));
    if (!token.match(prefix).hasMatch())
        return bad(QStringLiteral("has an invalid subject prefix \"%1\"").arg(prefix));
    NatsEndpoint e;
    QUrl server = url;
    server.setScheme(url.scheme().toLower());
    server.setPort(url.port(kNatsDefaultPort));
    server.setPath(QString());
    server.setQuery(QString());
    server.setFragment(QString());
    e.serverUrl = server.toEncoded();
    e.stream = stream.toLatin1();
    e.prefix = prefix.toLatin1();
    e.key = key;
    e.display = server.toDisplayString(QUrl::RemoveUserInfo) + QLatin1Char('/') + stream;
    return e;
}

} // namespace cybos
