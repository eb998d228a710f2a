// The forwarder against a fake HTTP remote: every stored tick in seq order, the cursor moved
// only on acknowledgement, retries with backoff on 5xx/408/429/unreachable, a stop on other 4xx.
#include "core/forward/forwarder.h"
#include "core/log/eventlog.h"
#include "core/storage/storagewrites.h"
#include "forwardfakes.h"
#include <QSignalSpy>
#include <QTcpServer>
#include <qcoro/qcorotask.h>

using namespace cybos;
using namespace cybos::test;

class TestForwarder : public QObject
{
    Q_OBJECT

    static ForwarderOptions options(const QUrl &url)
    {
        ForwarderOptions o = fastForwarderOptions(url);
        o.maxBatchTicks = 1000;
        return o;
    }
    // A "status" column with one row per HTTP status the remote answers.
    static void statusRows(std::initializer_list<int> statuses)
    {
        QTest::addColumn<int>("status");
        for (int status : statuses)
            QTest::newRow(QByteArray::number(status).constData()) << status;
    }

private Q_SLOTS:
    void init() { m_source = std::make_unique<SourceDb>(); }
    void cleanup() { m_source.reset(); }

    void deliversEveryTickInOrder();
    void cursorMovesOnlyOnAcknowledgement();
    void resumesFromTheStoredCursor();
    void pendingCountsTicksNotSeqNumbers();
    void retriesTransientFailures_data();
    void retriesTransientFailures();
    void stopsOnRefusal_data();
    void stopsOnRefusal();
    void backsOffWhileTheRemoteIsDown();
    void warnsWhenTheBacklogGrows();
    void pushesTheStockMasterFirst();
    void sendsHeartbeatsWhenIdle();
    void refusesAnUnknownScheme();

private:
    std::unique_ptr<SourceDb> m_source;
};

void TestForwarder::deliversEveryTickInOrder()
{
    QVERIFY(m_source->store(1, 2500));
    FakeHttpRemote remote;
    Forwarder forwarder(options(remote.url()), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(remote.accepted.size(), 2500, 10000);
    QList<qint64> expected;
    for (qint64 s = 1; s <= 2500; ++s)
        expected << s;
    QCOMPARE(remote.accepted, expected);
    QVERIFY(remote.requests.size() >= 3); // batches of at most 1000
    const HttpRequest &first = remote.requests.constFirst();
    QCOMPARE(first.header("Authorization"), QByteArrayLiteral("Bearer secret"));
    QCOMPARE(first.method, HttpMethod::Post);
    const QJsonObject body = QJsonDocument::fromJson(first.body).object();
    QCOMPARE(body.value(QLatin1String("source")).toString(), m_source->instanceId());
    QTRY_COMPARE_WITH_TIMEOUT(m_source->metaCursor(), 2500, 5000);
    QTRY_COMPARE(forwarder.status().state, QStringLiteral("idle"));
    const SystemStatus::Forwarder st = forwarder.status();
    QCOMPARE(st.cursorSeq, 2500);
    QCOMPARE(st.pending, 0);
    QVERIFY(st.enabled);
    QCOMPARE(forwarder.delivered(), 2500);

    QVERIFY(m_source->store(2501, 10)); // new ticks follow while running
    QTRY_COMPARE_WITH_TIMEOUT(remote.accepted.size(), 2510, 5000);
    QCOMPARE(remote.accepted.constLast(), 2510);
}

void TestForwarder::cursorMovesOnlyOnAcknowledgement()
{
    QVERIFY(m_source->store(1, 300));
    FakeHttpRemote remote;
    remote.hold = true;
    Forwarder forwarder(options(remote.url()), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE(remote.held.size(), size_t(1));
    QTRY_COMPARE(forwarder.status().state, QStringLiteral("sending"));
    QCOMPARE(forwarder.status().cursorSeq, 0);
    QCOMPARE(forwarder.status().pending, 300);
    QCOMPARE(m_source->metaCursor(), 0);

    remote.hold = false;
    remote.releaseHeld(200);
    QTRY_COMPARE(forwarder.status().cursorSeq, 300);
    QTRY_COMPARE(m_source->metaCursor(), 300);
}

void TestForwarder::resumesFromTheStoredCursor()
{
    QVERIFY(m_source->store(1, 500));
    {
        FakeHttpRemote remote;
        Forwarder forwarder(options(remote.url()), m_source->storage.database(), &m_source->storage);
        forwarder.start();
        QTRY_COMPARE(m_source->metaCursor(), 500);
        forwarder.stop();
        QCOMPARE(forwarder.status().state, QStringLiteral("off"));
    }
    QVERIFY(m_source->store(501, 200));
    FakeHttpRemote remote;
    Forwarder forwarder(options(remote.url()), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE(remote.accepted.size(), 200);
    QCOMPARE(remote.accepted.constFirst(), 501); // nothing before the cursor is sent again
    QCOMPARE(remote.accepted.constLast(), 700);
}

void TestForwarder::pendingCountsTicksNotSeqNumbers()
{
    // A restarted source numbers from its next reserved block: seqs jump, ticks do not.
    QVERIFY(m_source->store(1, 100));
    QVERIFY(m_source->store(100'001, 50));
    FakeHttpRemote remote;
    remote.hold = true;
    Forwarder forwarder(options(remote.url()), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE(remote.held.size(), size_t(1));
    QCOMPARE(forwarder.status().pending, 150);
    QVERIFY(m_source->store(100'051, 20)); // new ticks count one each
    QCOMPARE(forwarder.status().pending, 170);
    remote.hold = false;
    remote.releaseHeld(200);
    QTRY_COMPARE(forwarder.status().cursorSeq, 100'070);
    QCOMPARE(forwarder.status().pending, 0);
    QCOMPARE(remote.accepted.size(), 20); // the held push (150 ticks) was answered, not recorded
}

void TestForwarder::retriesTransientFailures_data()
{
    statusRows({408, 429, 500, 503});
}

void TestForwarder::retriesTransientFailures()
{
    QFETCH(int, status);
    QVERIFY(m_source->store(1, 100));
    FakeHttpRemote remote(status);
    EventLog log;
    Forwarder forwarder(options(remote.url()), m_source->storage.database(), &m_source->storage, &log);
    forwarder.start();
    QTRY_VERIFY(remote.requests.size() >= 3); // it keeps trying
    QVERIFY(forwarder.status().lastError.contains(QString::number(status)));
    QCOMPARE(forwarder.status().cursorSeq, 0);
    QCOMPARE(m_source->metaCursor(), 0);
    QVERIFY(forwarder.status().state != QStringLiteral("stopped"));

    remote.status = 200;
    QTRY_COMPARE(forwarder.status().cursorSeq, 100);
    QCOMPARE(remote.accepted.size(), 100);
    QTRY_COMPARE(m_source->metaCursor(), 100);
    bool resumed = false;
    for (const LogEvent &e : log.recent())
        resumed = resumed || e.message.contains(QStringLiteral("resumed"));
    QVERIFY(resumed);
}

void TestForwarder::stopsOnRefusal_data()
{
    statusRows({400, 401, 403, 404, 413});
}

void TestForwarder::stopsOnRefusal()
{
    QFETCH(int, status);
    QVERIFY(m_source->store(1, 100));
    FakeHttpRemote remote(status);
    EventLog log;
    Forwarder forwarder(options(remote.url()), m_source->storage.database(), &m_source->storage, &log);
    QSignalSpy states(&forwarder, &Forwarder::stateChanged);
    forwarder.start();
    QTRY_COMPARE(forwarder.status().state, QStringLiteral("stopped"));
    QCOMPARE(remote.requests.size(), 1);  // not retried
    QVERIFY(forwarder.status().lastError.contains(QString::number(status)));
    QCOMPARE(forwarder.status().cursorSeq, 0);
    QCOMPARE(m_source->metaCursor(), 0);
    // stateChanged is queued from the forwarder's thread: "stopped" may still be on its way
    // when status() already says so (seen on a loaded machine).
    QTRY_VERIFY(!states.isEmpty() && states.constLast().constFirst().toString() == QStringLiteral("stopped"));
    const auto error = log.lastError();
    QVERIFY(error.has_value());
    QVERIFY(error->message.contains(QStringLiteral("Forwarding stopped")));
}

void TestForwarder::backsOffWhileTheRemoteIsDown()
{
    QVERIFY(m_source->store(1, 50));
    QTcpServer probe; // a port nobody listens on any more
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/ingest").arg(port));
    Forwarder forwarder(options(url), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE(forwarder.status().state, QStringLiteral("backoff"));
    QVERIFY(!forwarder.status().lastError.isEmpty());
    QCOMPARE(forwarder.status().pending, 50);
    QCOMPARE(m_source->metaCursor(), 0);
}

void TestForwarder::warnsWhenTheBacklogGrows()
{
    QVERIFY(m_source->store(1, 100));
    FakeHttpRemote remote;
    remote.status = 503;
    EventLog log;
    ForwarderOptions o = options(remote.url());
    o.backlogWarn = 50;
    Forwarder forwarder(o, m_source->storage.database(), &m_source->storage, &log);
    forwarder.start();
    const auto warned = [&log] {
        for (const LogEvent &e : log.recent())
            if (e.level == LogEvent::Level::Warning && e.message.contains(QStringLiteral("wait to be forwarded")))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(warned(), 5000);
}

void TestForwarder::pushesTheStockMasterFirst()
{
    StockList stocks;
    for (int i = 0; i < 25; ++i)
        stocks << Stock{.code = QStringLiteral("%1").arg(100000 + i), .name = QStringLiteral("S%1").arg(i),
                        .market = QStringLiteral("kospi"), .status = QStringLiteral("normal")};
    QVERIFY(await(m_source->storage.writes()->upsertStocks(stocks, true)).ok());
    QVERIFY(m_source->store(1, 10));
    FakeHttpRemote remote;
    ForwarderOptions o = options(remote.url());
    o.stocksChunk = 10;
    Forwarder forwarder(o, m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE(remote.accepted.size(), 10);
    QCOMPARE(remote.stockRequests, 3); // 25 rows in chunks of 10, before any tick
    for (int i = 0; i < 3; ++i)
        QCOMPARE(remote.paths.at(i), QStringLiteral("/api/ingest/stocks"));
    const QJsonArray sent = QJsonDocument::fromJson(remote.requests.constFirst().body).object().value(QLatin1String("stocks")).toArray();
    QCOMPARE(sent.size(), 10);
    QCOMPARE(sent.first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("100000"));
}

void TestForwarder::sendsHeartbeatsWhenIdle()
{
    FakeHttpRemote remote;
    ForwarderOptions o = options(remote.url());
    o.heartbeatMs = 30;
    Forwarder forwarder(o, m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_VERIFY(remote.emptyPushes >= 2);
    QCOMPARE(forwarder.status().cursorSeq, 0);
    QCOMPARE(forwarder.status().state == QStringLiteral("stopped"), false);
}

void TestForwarder::refusesAnUnknownScheme()
{
    Forwarder forwarder(options(QUrl(QStringLiteral("ftp://example.org/x"))), m_source->storage.database(),
                        &m_source->storage);
    forwarder.start();
    QTRY_COMPARE(forwarder.status().state, QStringLiteral("stopped"));
    QVERIFY(forwarder.status().lastError.contains(QStringLiteral("ftp://")));
}

QTEST_GUILESS_MAIN(TestForwarder)
#include "tst_forwarder.moc"
