#pragma once
// Decentralized NATS auth made without nsc (Debian does not ship it): ed25519 keys from the
// openssl command line, encoded as nkeys (base32 with a type prefix and a CRC-16), and
// operator, account and user JWTs signed with them. make() writes a nats-server config that
// trusts the operator and preloads the account (JetStream enabled), and the user's .creds
// file as nsc would write it.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace cybos::test {

class NatsJwtAuth
{
public:
    bool make();                // false (and error() says why) when openssl fails
    QString error() const { return m_error; }

    QString serverConfig() const { return m_dir.filePath(QStringLiteral("server.conf")); }
    QString credsFile() const { return m_dir.filePath(QStringLiteral("user.creds")); }

private:
    struct Key {
        QString pem;            // the openssl key file, for signing
        QByteArray publicKey;   // nkey: O…, A… or U…
        QByteArray seed;        // nkey seed: SO…, SA… or SU…
    };
    bool makeKey(const QString &name, char prefix, Key *out);
    bool sign(const Key &issuer, const QByteArray &subject, const QJsonObject &nats, QByteArray *jwt);
    bool openssl(const QStringList &args);
    QByteArray readFile(const QString &name) const;
    bool writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace cybos::test
