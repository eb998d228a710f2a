#pragma once
// Certificates for a nats-server with TLS, made at run time with the openssl command line
// (nothing binary in the tree): a test CA, a server certificate it signs for 127.0.0.1 and
// localhost (subjectAltName, as nats.c checks the host name), one it signs for another host
// only, and a second CA that signed nothing, to stand for a trust store that does not know
// the server.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace cybos::test {

class NatsTlsFiles
{
public:
    bool make();                // false (and error() says why) when openssl fails
    QString error() const { return m_error; }

    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString otherCaFile() const { return path(QStringLiteral("other-ca.pem")); }
    // nats-server's arguments to serve TLS (and require it) with the server certificate (or,
    // otherHost, the one for another host).
    QStringList serverArgs(bool otherHost = false) const;

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &args);
    bool makeCa(const QString &name);
    bool makeServer(const QString &name, const QByteArray &altNames);

    QTemporaryDir m_dir;
    QString m_error;
};

// Runs the openssl command line in dir; false with *error set when it fails.
bool runOpenssl(const QString &dir, const QStringList &args, QString *error);

// Points OpenSSL's default trust store (what nats.c trusts when no CA file is given) at one
// PEM file while in scope, the way a user would with SSL_CERT_FILE; restores it after.
class TrustedCaFile
{
public:
    explicit TrustedCaFile(const QString &pem);
    ~TrustedCaFile();
    TrustedCaFile(const TrustedCaFile &) = delete;
    TrustedCaFile &operator=(const TrustedCaFile &) = delete;

private:
    QByteArray m_before;
    bool m_hadBefore = false;
};

} // namespace cybos::test
