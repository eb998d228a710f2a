#include "natsendpoint.h"
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace cybos {

namespace {
bool namesCredsFile(const QString &key)
{
    return key.endsWith(QLatin1String(".creds"));
}

// A .creds file as nsc writes it: the user's JWT and nkey seed, each between its markers.
std::optional<Error> credsFileProblem(const QString &path)
{
    const auto bad = [&path](const QString &why) {
        return makeError(ErrorCode::BadRequest, QStringLiteral("NATS credentials file %1 %2").arg(path, why));
    };
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("cannot be read"));
    const QByteArray text = file.read(64 * 1024);
    if (!text.contains("-----BEGIN NATS USER JWT-----") || !text.contains("-----BEGIN USER NKEY SEED-----"))
        return bad(QStringLiteral("is not a .creds file (a user JWT and its nkey seed)"));
    return std::nullopt;
}

bool isPemCertificateFile(const QString &path)
{
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly)
        && file.read(1024 * 1024).contains("-----BEGIN CERTIFICATE-----");
}
} // namespace

bool NatsEndpoint::keyIsCredsFile() const
{
    return namesCredsFile(key);
}

bool isNatsUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"nats" || scheme == u"tls";
}

Result<NatsEndpoint> natsEndpoint(const QUrl &url, const QString &key, const QString &prefix, const QString &caFile)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
    const auto bad = [&url](const QString &why) {
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("NATS URL %1 %2").arg(url.toDisplayString(QUrl::RemoveUserInfo), why));
    };
    if (!isNatsUrl(url) || url.host().isEmpty())
        return bad(QStringLiteral("needs a host: nats://HOST:4222/STREAM"));
    if (!key.isEmpty() && !url.userInfo().isEmpty()) // which one nats.c would use is anyone's guess
        return bad(QStringLiteral("has credentials in it and a key is given as well: give one"));
    const QString stream = url.path().section(QLatin1Char('/'), 1, 1);
    if (stream.isEmpty() || url.path().count(QLatin1Char('/')) > 1 || !token.match(stream).hasMatch()
        || stream.contains(QLatin1Char('.')))
        return bad(QStringLiteral("needs one stream name as its path: nats://HOST:4222/STREAM"));
    if (!token.match(prefix).hasMatch())
        return bad(QStringLiteral("has an invalid subject prefix \"%1\"").arg(prefix));
    if (namesCredsFile(key)) {
        if (auto problem = credsFileProblem(key))
            return *problem;
    }
    if (!caFile.isEmpty() && !isPemCertificateFile(caFile))
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("CA file %1 (--nats-ca) is not a readable PEM file of certificates").arg(caFile));
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
    e.caFile = caFile;
    e.display = server.toDisplayString(QUrl::RemoveUserInfo) + QLatin1Char('/') + stream;
    return e;
}

} // namespace cybos
