// The forwarder over a WebSocket against a fake remote: frames acknowledged by
// [{"type":"ack","seq":N}], several frames in flight, the cursor moved only by acks, a dropped
// connection retried, an error such as unauthorized stopping it.
#include "core/forward/forwarder.h"
#include "core/storage/storagewrites.h"
#include "forwardfakes.h"
#include <QSignalSpy>

using namespace cybos;
using namespace cybos::test;

class TestForwarderWs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_source = std::make_unique<SourceDb>(); }
    void cleanup() { m_source.reset(); }

    void deliversEveryTickInOrder();
    void keepsSeveralFramesInFlight();
    void reconnectsAfterADroppedConnection();
    void stopsOnUnauthorized();
    void retriesOnStorageBusy();
    void aRemoteWithoutTheStocksOpStillGetsTheTicks();

private:
    std::unique_ptr<SourceDb> m_source;
};

void TestForwarderWs::deliversEveryTickInOrder()
{
    QVERIFY(m_source->store(1, 3000));
    FakeWsRemote remote;
    Forwarder forwarder(fastForwarderOptions(remote.url()), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(remote.received.size(), 3000, 10000);
    for (int i = 0; i < remote.received.size(); ++i)
        QCOMPARE(remote.received.at(i), qint64(i + 1));
    QCOMPARE(remote.authorization, QByteArrayLiteral("Bearer secret"));
    QTRY_COMPARE(forwarder.status().cursorSeq, 3000);
    QTRY_COMPARE(m_source->metaCursor(), 3000);
    QTRY_COMPARE(forwarder.status().state, QStringLiteral("idle"));
}

void TestForwarderWs::keepsSeveralFramesInFlight()
{
    QVERIFY(m_source->store(1, 2000));
    FakeWsRemote remote;
    remote.holdAcks = true;
    ForwarderOptions o = fastForwarderOptions(remote.url());
    o.maxWsBytes = 8 * 1024;   // about 35 ticks a frame
    o.wsWindow = 4;
    Forwarder forwarder(o, m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE(remote.heldAcks.size(), 4);   // the window, then it waits
    QCOMPARE(remote.maxInFlight, 4);
    QCOMPARE(forwarder.status().cursorSeq, 0); // nothing acknowledged yet
    QCOMPARE(m_source->metaCursor(), 0);
    const qint64 firstAck = remote.heldAcks.constFirst().second;
    QVERIFY(firstAck > 1 && firstAck < 100);

    remote.holdAcks = false;
    remote.ackHeld();
    QTRY_COMPARE_WITH_TIMEOUT(remote.received.size(), 2000, 10000);
    QTRY_COMPARE(forwarder.status().cursorSeq, 2000);
    QVERIFY(remote.maxInFlight <= 4);
}

void TestForwarderWs::reconnectsAfterADroppedConnection()
{
    QVERIFY(m_source->store(1, 100));
    FakeWsRemote remote;
    remote.holdAcks = true;
    Forwarder forwarder(fastForwarderOptions(remote.url()), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE(remote.heldAcks.size(), 1);
    remote.heldAcks.clear();
    remote.holdAcks = false;
    remote.sockets.constFirst()->close(); // the frame was never acknowledged
    QTRY_COMPARE(remote.sockets.size(), 2);
    QTRY_COMPARE(forwarder.status().cursorSeq, 100);
    // The unacknowledged frame went again: at least once delivery, nothing skipped.
    QCOMPARE(remote.received.size(), 200);
    QCOMPARE(remote.received.at(100), 1);
}

void TestForwarderWs::stopsOnUnauthorized()
{
    QVERIFY(m_source->store(1, 10));
    FakeWsRemote remote;
    remote.errorCode = QStringLiteral("unauthorized");
    Forwarder forwarder(fastForwarderOptions(remote.url()), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE(forwarder.status().state, QStringLiteral("stopped"));
    QVERIFY(forwarder.status().lastError.contains(QStringLiteral("unauthorized")));
    QCOMPARE(remote.sockets.size(), 1);
    QCOMPARE(m_source->metaCursor(), 0);
}

void TestForwarderWs::retriesOnStorageBusy()
{
    QVERIFY(m_source->store(1, 10));
    FakeWsRemote remote;
    remote.errorCode = QStringLiteral("storage_busy");
    Forwarder forwarder(fastForwarderOptions(remote.url()), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_VERIFY(remote.sockets.size() >= 2); // reconnected after the backoff
    QVERIFY(forwarder.status().state != QStringLiteral("stopped"));
    remote.errorCode.clear();
    QTRY_COMPARE(forwarder.status().cursorSeq, 10);
}

void TestForwarderWs::aRemoteWithoutTheStocksOpStillGetsTheTicks()
{
    StockList stocks{Stock{.code = QStringLiteral("005930"), .name = QStringLiteral("S"), .market = QStringLiteral("kospi"),
                           .status = QStringLiteral("normal")}};
    QVERIFY(await(m_source->storage.writes()->upsertStocks(stocks, true)).ok());
    QVERIFY(m_source->store(1, 50));
    FakeWsRemote remote;
    remote.knowsStocks = false;
    Forwarder forwarder(fastForwarderOptions(remote.url()), m_source->storage.database(), &m_source->storage);
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(remote.received.size(), 50, 10000);
    QVERIFY(remote.stockFrames >= 1);
    QTRY_COMPARE(forwarder.status().cursorSeq, 50);
    QVERIFY(forwarder.status().state != QStringLiteral("stopped"));
}

QTEST_GUILESS_MAIN(TestForwarderWs)
#include "tst_forwarderws.moc"
