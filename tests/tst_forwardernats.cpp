// The forwarder publishing to a real nats-server -js: one message a tick on krx.ticks.<code>
// with the WebSocket tick JSON and the Nats-Msg-Id / Cybos-Source / Cybos-Seq headers; the
// stream created when missing (file storage, 5-minute duplicate window, max age = retention);
// the cursor moved only by JetStream acks, so a SIGKILLed and restarted nats-server mid-stream
// at 2,000 ticks/s ends holding exactly the source's ticks; bad configuration is one clear
// line and a stopped (or, while the server may come back, retrying) forwarder.
#include "core/domain/domainjson.h"
#include "core/forward/forwarder.h"
#include "core/log/eventlog.h"
#include "core/nats/natsclient.h"
#include "core/relay/natsingest.h"
#include "forwardsource.h"
#include "natsfixture.h"
#include "natsjwt.h"
#include "patience.h"
#include "relayfakes.h"
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cybos;
using namespace cybos::test;

namespace {
const QString kStream = QStringLiteral("TICKS");

// --remote-key for a kind of bad credentials: a wrong token, or the path of a .creds file in
// dir that is missing or holds no user JWT and nkey seed.
QString badKey(const QString &kind, const QTemporaryDir &dir)
{
    if (kind == u"token")
        return QStringLiteral("wrong-token");
    const QString path = dir.filePath(QStringLiteral("user.creds"));
    QFile file(path);
    if (kind == u"malformed-creds" && file.open(QIODevice::WriteOnly))
        file.write("-----BEGIN NATS USER JWT-----\nnot a jwt\n------END NATS USER JWT------\n");
    return path;
}

} // namespace

class TestForwarderNats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_source = std::make_unique<SourceDb>(); }
    void cleanup() { m_source.reset(); }

    void publishesEveryTickWithHeaders();
    void createsTheStreamAsConfigured();
    void zeroLossAcrossAServerKill();
    void publishesWithACredsFile();
    void badConfiguration_data();
    void badConfiguration();

private:
    std::unique_ptr<SourceDb> m_source;
};

void TestForwarderNats::publishesEveryTickWithHeaders()
{
    NatsServer server;
    QVERIFY2(server.start(), qPrintable(server.log()));
    QVERIFY(m_source->store(1, 2500));
    Forwarder forwarder(fastNatsForwarderOptions(server.url(kStream)), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.status().cursorSeq, qint64(2500), patient(20000));
    QTRY_COMPARE_WITH_TIMEOUT(m_source->metaCursor(), qint64(2500), patient(10000));
    QCOMPARE(forwarder.delivered(), qint64(2500));

    QString problem;
    const QList<NatsStreamMessage> messages = readStream(server.url(kStream), {}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(messages.size(), 2500);
    const QByteArray source = m_source->instanceId().toUtf8();
    const TickList ticks = makeTicks(1, 2500);
    for (int i = 0; i < 2500; ++i) {
        const NatsStreamMessage &m = messages.at(i);
        QCOMPARE(m.seq, ticks.at(i).seq);
        QCOMPARE(m.subject, "krx.ticks." + ticks.at(i).code.toLatin1());
        QCOMPARE(m.msgId, source + ':' + QByteArray::number(ticks.at(i).seq));
        QCOMPARE(m.source, source);
        QCOMPARE(m.data, DomainJson::tickMessage(ticks.at(i)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.status().state, QStringLiteral("idle"), patient(5000));
}

void TestForwarderNats::createsTheStreamAsConfigured()
{
    NatsServer server;
    QVERIFY2(server.start(), qPrintable(server.log()));
    QVERIFY(m_source->store(1, 10));
    ForwarderOptions o = fastNatsForwarderOptions(server.url(QStringLiteral("MD")));
    o.natsPrefix = QStringLiteral("kr.md");
    Forwarder forwarder(o, m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.status().cursorSeq, qint64(10), patient(20000));

    NatsClient client(*natsEndpoint(server.url(QStringLiteral("MD")), {}, QStringLiteral("kr.md")));
    QVERIFY(!client.connect(NatsHooks{}));
    jsStreamInfo *info = nullptr;
    QCOMPARE(js_GetStreamInfo(&info, client.jetStream(), "MD", nullptr, nullptr), NATS_OK);
    const jsStreamConfig *config = info->Config;
    QCOMPARE(config->SubjectsLen, 1);
    QCOMPARE(QByteArray(config->Subjects[0]), QByteArray("kr.md.>"));
    QCOMPARE(config->Storage, js_FileStorage);
    QVERIFY(config->Duplicates >= 120LL * 1'000'000'000);
    QCOMPARE(config->MaxAge, 7LL * 86400 * 1'000'000'000);
    QCOMPARE(info->State.Msgs, uint64_t(10));
    jsStreamInfo_Destroy(info);
}

void TestForwarderNats::zeroLossAcrossAServerKill()
{
    NatsServer server;
    QVERIFY2(server.start(), qPrintable(server.log()));
    ForwarderOptions o = fastNatsForwarderOptions(server.url(kStream));
    Forwarder forwarder(o, m_source->storage.database(), &m_source->storage);
    forwarder.start();
    // 2,000 ticks a second: 100 every 50 ms, for 8 seconds; the server dies after 2 s and
    // comes back (same store) 2 s later.
    qint64 next = 1;
    QTimer producer;
    QObject::connect(&producer, &QTimer::timeout, [&] {
        m_source->storage.tickWriter()->submit(makeTicks(next, 100));
        next += 100;
        if (next > 16000)
            producer.stop();
    });
    producer.start(50);
    QTest::qWait(2000);
    QVERIFY(server.kill());
    QTest::qWait(2000);
    QVERIFY2(server.start(), qPrintable(server.log()));
    QTRY_VERIFY_WITH_TIMEOUT(!producer.isActive(), patient(30000));
    const qint64 last = next - 1;
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.status().cursorSeq, last, patient(60000));

    QString problem;
    const QList<qint64> seqs = streamTickSeqs(server.url(kStream), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(seqs.size(), int(last));
    QCOMPARE(seqs, seqRange(1, last));
}

// Decentralized auth (operator, account and user JWTs, made by the test without nsc): the
// forwarder signs in with --remote-key user.creds and publishes, a relay's consumer with the
// same file (--relay-key) takes every tick; a stranger's is refused to both.
void TestForwarderNats::publishesWithACredsFile()
{
    NatsJwtAuth auth;
    QVERIFY2(auth.make(), qPrintable(auth.error()));
    NatsServer server({QStringLiteral("-c"), auth.serverConfig()});
    QVERIFY2(server.start(), qPrintable(server.log()));
    QVERIFY(m_source->store(1, 100));
    ForwarderOptions o = fastNatsForwarderOptions(server.url(kStream));
    o.key = auth.credsFile();
    Forwarder forwarder(o, m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_VERIFY2_WITH_TIMEOUT(forwarder.status().cursorSeq == 100, qPrintable(forwarder.status().lastError + server.log()),
                              patient(20000));
    QVERIFY2(forwarder.status().lastError.isEmpty(), qPrintable(forwarder.status().lastError));
    QTRY_COMPARE_WITH_TIMEOUT(streamMessageCount(server.url(kStream), auth.credsFile()), qint64(100), patient(20000));
    QCOMPARE(streamMessageCount(server.url(kStream)), qint64(-1)); // nobody gets in without

    // A relay signs in the same way (--relay-from … --relay-key user.creds) and takes every tick.
    RelayRig relay;
    NatsIngest ingest(*natsEndpoint(server.url(kStream), auth.credsFile(), QStringLiteral("krx")),
                      QStringLiteral("relay-creds"), relay.ingest.get());
    ingest.start();
    QTRY_COMPARE_WITH_TIMEOUT(relay.stored().size(), 100, patient(20000));
    ingest.stop();

    // A well-formed .creds file of a user this server's operator never signed: refused, stopped.
    NatsJwtAuth stranger;
    QVERIFY2(stranger.make(), qPrintable(stranger.error()));
    SourceDb other;
    QVERIFY(other.store(1, 10));
    o.key = stranger.credsFile();
    Forwarder refused(o, other.storage.database(), &other.storage);
    refused.start();
    QTRY_COMPARE_WITH_TIMEOUT(refused.status().state, QStringLiteral("stopped"), patient(15000));
    QVERIFY2(refused.status().lastError.contains(QStringLiteral("Authorization Violation")), qPrintable(refused.status().lastError));
    QCOMPARE(refused.status().cursorSeq, qint64(0));
    // … and so is a relay's consumer with it: logged, nothing taken.
    EventLog events;
    RelayRig strangerRelay;
    NatsIngest strangerIngest(*natsEndpoint(server.url(kStream), stranger.credsFile(), QStringLiteral("krx")),
                              QStringLiteral("relay-stranger"), strangerRelay.ingest.get(), &events);
    strangerIngest.start();
    const auto refusalLogged = [&events] {
        const QList<LogEvent> all = events.recent();
        return std::any_of(all.cbegin(), all.cend(),
                           [](const LogEvent &e) { return e.message.contains(QStringLiteral("Authorization Violation")); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(refusalLogged(), patient(15000));
    QCOMPARE(strangerIngest.consumed(), qint64(0));
}

void TestForwarderNats::badConfiguration_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("error");
    QTest::newRow("unreachable") << "unreachable" << "backoff" << "cannot connect to nats://127.0.0.1:";
    QTest::newRow("missing stream") << "missing" << "stopped" << "stream TICKS does not exist";
    QTest::newRow("bad token") << "token" << "stopped" << "cannot connect";
    QTest::newRow("missing .creds") << "missing-creds" << "stopped" << "user.creds cannot be read";
    QTest::newRow("malformed .creds") << "malformed-creds" << "stopped" << "user.creds is not a .creds file";
}

void TestForwarderNats::badConfiguration()
{
    QFETCH(QString, kind);
    QFETCH(QString, state);
    QFETCH(QString, error);
    const bool credentials = kind.contains(u"token") || kind.contains(u"creds");
    NatsServer server(credentials ? QStringList{QStringLiteral("--auth"), QStringLiteral("right-token")} : QStringList{});
    if (kind != u"unreachable")
        QVERIFY2(server.start(), qPrintable(server.log()));
    QVERIFY(m_source->store(1, 10));
    ForwarderOptions o = fastNatsForwarderOptions(server.url(kStream));
    o.natsCreateStream = kind != u"missing";
    const QTemporaryDir dir;
    if (credentials)
        o.key = badKey(kind, dir);
    Forwarder forwarder(o, m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.status().state, state, patient(15000));
    const QString lastError = forwarder.status().lastError;
    QVERIFY2(lastError.contains(error), qPrintable(lastError));
    QVERIFY2(!lastError.contains(QLatin1Char('\n')), qPrintable(lastError));
    QCOMPARE(forwarder.status().cursorSeq, qint64(0));
}

QTEST_GUILESS_MAIN(TestForwarderNats)
#include "tst_forwardernats.moc"
