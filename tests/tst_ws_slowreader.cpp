// A client that stops reading while ticks flow is declared slow (api.md): it is told
// ({"type":"error","code":"slow_client"}, then close 1008) behind what was already buffered for
// it, and the connection is closed gracefully, so a client that drains late still reads all
// of it. Nothing more is queued for it once it is declared slow.
#include "serverfixture.h"
#include "core/domain/ksttime.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
// Everything the socket receives until the server closes it (60 s at most), as frames.
QList<WsRawFrame> readToTheEnd(QTcpSocket *raw)
{
    QByteArray buffer;
    QList<WsRawFrame> frames;
    raw->setReadBufferSize(0);
    QElapsedTimer timer;
    timer.start();
    while (raw->state() == QAbstractSocket::ConnectedState && timer.elapsed() < 60'000) {
        raw->waitForReadyRead(200);
        buffer += raw->readAll();
        frames += takeFrames(buffer);
    }
    buffer += raw->readAll();
    frames += takeFrames(buffer);
    return frames;
}

// The ticks of the frames, checked to run in seq order without a hole.
qint64 countTicks(const QList<WsRawFrame> &frames)
{
    qint64 lastSeq = 0;
    qint64 ticks = 0;
    for (const WsRawFrame &frame : frames) {
        for (const QJsonValue &v : QJsonDocument::fromJson(frame.payload).array()) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("type")).toString() != u"tick")
                continue;
            const qint64 seq = m.value(QStringLiteral("seq")).toInteger();
            if (lastSeq != 0 && seq != lastSeq + 1)
                return -1;
            lastSeq = seq;
            ++ticks;
        }
    }
    return ticks;
}
} // namespace

class TestWsSlowReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLateReaderFindsTheErrorAndTheCloseFrame()
    {
        FixtureSetup setup;
        setup.options.wsMaxBufferedBytes = 256 * 1024;
        ServerFixture f(setup);
        f.addStocks({ServerFixture::stock(QStringLiteral("000001"), QStringLiteral("S1"))});
        auto raw = f.stalledSubscriber(QStringLiteral("000001"));
        QVERIFY(raw);
        // ~25 MB of ticks, more than the kernel buffers and the server's own buffer hold: the
        // server gives up on this client while it does not read.
        constexpr int kTicks = 100'000;
        for (int sent = 0; sent < kTicks; sent += 2000) {
            for (int i = 0; i < 2000; ++i)
                f.bus.publish(ServerFixture::tick(0, QStringLiteral("000001"), Kst::nowMs(), 1000 + i));
            QTest::qWait(20);
        }
        QTest::qWait(7000); // still not reading: longer than a close frame used to be waited for

        const QList<WsRawFrame> frames = readToTheEnd(raw.get());
        QVERIFY(frames.size() >= 3);
        QCOMPARE(frames.constLast().opcode, 8);
        QCOMPARE(frames.constLast().closeCode(), 1008);
        const WsRawFrame &last = frames.at(frames.size() - 2);
        QCOMPARE(last.opcode, 1);
        const QJsonArray message = QJsonDocument::fromJson(last.payload).array();
        QCOMPARE(message.size(), 1);
        QCOMPARE(message.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("slow_client"));
        // Before it, ticks in seq order without a hole, and far fewer than were published.
        const qint64 ticks = countTicks(frames.first(frames.size() - 2));
        QVERIFY(ticks > 0);
        QVERIFY(ticks < kTicks);
        QTRY_COMPARE(f.server().wsClients(), 0);
        QVERIFY(f.get(QStringLiteral("/metrics")).body.contains("cybos_ws_disconnects_total{reason=\"slow_client\"} 1"));
    }
};

QTEST_GUILESS_MAIN(TestWsSlowReader)
#include "tst_ws_slowreader.moc"
