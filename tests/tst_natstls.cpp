// tls://HOST:PORT/STREAM against a real nats-server -js serving TLS with a certificate made by
// the test (a test CA signs it for 127.0.0.1). Trusted the way a user trusts a private CA
// (OpenSSL's default store, pointed at the CA with SSL_CERT_FILE), the forwarder publishes
// every tick and a relay consumes every one, and so they do with --nats-ca instead. A server
// certificate nothing trusts (over tls://, or nats:// turned to TLS by the server), one for
// another host, tls:// to a server without TLS, or a --nats-ca that is no PEM file: one clear
// line and a stopped forwarder, never a crash.
#include "core/forward/forwarder.h"
#include "core/relay/natsingest.h"
#include "forwardsource.h"
#include "natsfixture.h"
#include "natstls.h"
#include "patience.h"
#include "relayfakes.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
const QString kStream = QStringLiteral("TICKS");
const QString kTls = QStringLiteral("tls");
} // namespace

class TestNatsTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_files.make(), qPrintable(m_files.error())); }
    void init() { m_source = std::make_unique<SourceDb>(); }
    void cleanup() { m_source.reset(); }

    void publishesAndRelaysOverTls_data();
    void publishesAndRelaysOverTls();
    void refusedLink_data();
    void refusedLink();

private:
    NatsTlsFiles m_files;
    std::unique_ptr<SourceDb> m_source;
};

void TestNatsTls::publishesAndRelaysOverTls_data()
{
    QTest::addColumn<bool>("caOption");
    QTest::newRow("CA trusted through SSL_CERT_FILE") << false;
    QTest::newRow("CA trusted through --nats-ca") << true;
}

void TestNatsTls::publishesAndRelaysOverTls()
{
    QFETCH(bool, caOption);
    NatsServer server(m_files.serverArgs());
    QVERIFY2(server.start(), qPrintable(server.log()));
    // With --nats-ca, OpenSSL's default store knows another CA only.
    const TrustedCaFile store(caOption ? m_files.otherCaFile() : m_files.caFile());
    const QString caFile = caOption ? m_files.caFile() : QString();
    const QUrl url = server.url(kStream, kTls);
    QVERIFY(m_source->store(1, 2500));
    ForwarderOptions o = fastNatsForwarderOptions(url);
    o.natsCaFile = caFile;
    Forwarder forwarder(o, m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.status().cursorSeq, qint64(2500), patient(20000));
    QCOMPARE(forwarder.delivered(), qint64(2500));
    QVERIFY2(forwarder.status().lastError.isEmpty(), qPrintable(forwarder.status().lastError));

    // A relay's consumer (--relay-from tls://…) takes every tick once.
    RelayRig relay;
    NatsIngest ingest(*natsEndpoint(url, {}, QStringLiteral("krx"), caFile), QStringLiteral("relay-tls"),
                      relay.ingest.get());
    ingest.start();
    QTRY_COMPARE_WITH_TIMEOUT(ingest.consumed(), qint64(2500), patient(20000));
    QTRY_COMPARE_WITH_TIMEOUT(relay.stored().size(), 2500, patient(10000));
    QList<qint64> sourceSeqs;
    for (const Tick &t : relay.stored())
        sourceSeqs << t.sourceSeq;
    QCOMPARE(sourceSeqs, seqRange(1, 2500));
    ingest.stop();

    const TrustedCaFile reader(m_files.caFile());
    QString problem;
    const QList<qint64> seqs = streamTickSeqs(url, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(seqs, seqRange(1, 2500));
}

// nats:// to a server that requires TLS turns to TLS by itself (nats.c), certificate checked.
void TestNatsTls::refusedLink_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("tlsServer");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("error");
    const QString untrusted = QStringLiteral("://127.0.0.1:PORT/TICKS: SSL Error (SSL handshake error: 20:unable to get local issuer certificate");
    QTest::newRow("untrusted certificate") << kTls << true << QString() << QStringLiteral("cannot connect to tls") + untrusted;
    QTest::newRow("untrusted certificate, nats://") << QStringLiteral("nats") << true << QString()
                                                     << QStringLiteral("cannot connect to nats") + untrusted;
    QTest::newRow("certificate for another host") << kTls << true << QStringLiteral("other host")
                                                  << "SSL handshake error: 64:IP address mismatch";
    QTest::newRow("tls:// to a server without TLS") << kTls << false << QString()
                                                    << "cannot connect to tls://127.0.0.1:PORT/TICKS: Secure Connection not available";
    QTest::newRow("--nats-ca not a PEM file") << kTls << true << QStringLiteral("/") << "CA file / (--nats-ca) is not a readable PEM file";
}

void TestNatsTls::refusedLink()
{
    QFETCH(QString, scheme);
    QFETCH(bool, tlsServer);
    QFETCH(QString, caFile);
    QFETCH(QString, error);
    const bool otherHost = caFile == u"other host";
    if (otherHost)
        caFile = m_files.caFile(); // trusted: only the name is wrong
    NatsServer server(tlsServer ? m_files.serverArgs(otherHost) : QStringList{});
    QVERIFY2(server.start(), qPrintable(server.log()));
    const TrustedCaFile untrusted(m_files.otherCaFile());
    QVERIFY(m_source->store(1, 10));
    ForwarderOptions o = fastNatsForwarderOptions(server.url(kStream, scheme));
    o.natsCaFile = caFile;
    Forwarder forwarder(o, m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.status().state, QStringLiteral("stopped"), patient(15000));
    const QString lastError = forwarder.status().lastError;
    QVERIFY2(lastError.contains(error.replace(QStringLiteral("PORT"), QString::number(server.port()))), qPrintable(lastError));
    QVERIFY2(!lastError.contains(QLatin1Char('\n')), qPrintable(lastError));
    QCOMPARE(forwarder.status().cursorSeq, qint64(0));
    const TrustedCaFile trusted(m_files.caFile());
    QCOMPARE(streamMessageCount(server.url(kStream)), qint64(-1)); // no stream was created
}

QTEST_GUILESS_MAIN(TestNatsTls)
#include "tst_natstls.moc"
