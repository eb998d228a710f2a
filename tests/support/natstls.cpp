#include "natstls.h"
#include "patience.h"
#include <QFile>
#include <QProcess>

namespace cybos::test {
namespace {
const char kSslCertFile[] = "SSL_CERT_FILE";
const QStringList kEcKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
} // namespace

bool runOpenssl(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (p.waitForFinished(patient(30000)) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    *error = QStringLiteral("openssl %1 failed: %2 %3")
                 .arg(args.value(0), p.errorString(), QString::fromLocal8Bit(p.readAll()).simplified());
    return false;
}

bool NatsTlsFiles::openssl(const QStringList &args)
{
    return runOpenssl(m_dir.path(), args, &m_error);
}

bool NatsTlsFiles::makeCa(const QString &name)
{
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey
                   + QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                 name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                 QStringLiteral("-subj"), QStringLiteral("/CN=cybos test ") + name,
                                 QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                 QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

bool NatsTlsFiles::make()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    return makeCa(QStringLiteral("ca")) && makeCa(QStringLiteral("other-ca"))
        && makeServer(QStringLiteral("server"), "IP:127.0.0.1,DNS:localhost")
        && makeServer(QStringLiteral("elsewhere"), "DNS:elsewhere.invalid");
}

bool NatsTlsFiles::makeServer(const QString &name, const QByteArray &altNames)
{
    QFile ext(path(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly)
        || ext.write("subjectAltName=" + altNames + "\nextendedKeyUsage=serverAuth\n") < 0) {
        m_error = ext.errorString();
        return false;
    }
    ext.close();
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + kEcKey
                   + QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                 name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name})
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                    QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), name + QStringLiteral(".ext"), QStringLiteral("-out"), name + QStringLiteral(".pem")});
}

QStringList NatsTlsFiles::serverArgs(bool otherHost) const
{
    const QString name = otherHost ? QStringLiteral("elsewhere") : QStringLiteral("server");
    return {QStringLiteral("--tls"), QStringLiteral("--tlscert"), path(name + QStringLiteral(".pem")),
            QStringLiteral("--tlskey"), path(name + QStringLiteral(".key"))};
}

TrustedCaFile::TrustedCaFile(const QString &pem)
    : m_before(qgetenv(kSslCertFile)), m_hadBefore(qEnvironmentVariableIsSet(kSslCertFile))
{
    qputenv(kSslCertFile, QFile::encodeName(pem));
}

TrustedCaFile::~TrustedCaFile()
{
    if (m_hadBefore)
        qputenv(kSslCertFile, m_before);
    else
        qunsetenv(kSslCertFile);
}

} // namespace cybos::test
