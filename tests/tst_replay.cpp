// ReplayFeed: a recorded database played back through tickReceived in the recorded order,
// with the same codes, prices and volumes, renumbered by the bus (seq 0), times shifted to
// now unless kept, paced by the speed, held back by backpressure, master from the recording.
#include "core/replay/replayfeed.h"
#include "core/storage/database.h"
#include "core/storage/stockrepository.h"
#include "core/storage/tickrepository.h"
#include "core/domain/ksttime.h"
#include "forwardfakes.h"
#include <QSignalSpy>
#include <qcoro/qcorotask.h>

using namespace cybos;
using namespace cybos::test;

namespace {
// Recorded ticks 37 ms apart, over several codes.
TickList recording(int n)
{
    TickList ticks = makeTicks(101, n);
    for (int i = 0; i < ticks.size(); ++i)
        ticks[i].timeMs = 1'780'000'000'000 + i * 37;
    return ticks;
}

void record(const QString &path, const TickList &ticks, const StockList &stocks = {})
{
    Database database(path);
    QSqlDatabase db = database.connection(DbAccess::ReadWrite).value();
    QVERIFY(Database::migrate(db).ok());
    QVERIFY(TickRepository(db).insert(ticks).ok());
    if (!stocks.isEmpty())
        QVERIFY(StockRepository(db).upsert(stocks, true, 1).ok());
    db = QSqlDatabase();
    database.closeThreadConnections();
}

TickList collect(const QSignalSpy &spy)
{
    TickList out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<Tick>();
    return out;
}
} // namespace

class TestReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<cybos::Tick>(); }
    void reproducesTheRecordedSequence();
    void keepsTimesWhenAsked();
    void shiftsTimesByTheSpeed_data();
    void shiftsTimesByTheSpeed();
    void waitsWhileTheWriterIsBusy();
    void refusesWhatIsNotARecording();
    void servesTheRecordedMasterOnly();
};

void TestReplay::reproducesTheRecordedSequence()
{
    TempDb tmp;
    const TickList recorded = recording(12'345); // more than one read chunk
    record(tmp.path(), recorded);
    ReplayFeed feed({.path = tmp.path(), .speed = 0});
    QVERIFY(feed.open().ok());
    QSignalSpy ticks(&feed, &MarketFeed::tickReceived);
    QSignalSpy finished(&feed, &ReplayFeed::replayFinished);
    QSignalSpy connection(&feed, &MarketFeed::connectionChanged);
    const qint64 before = Kst::nowMs();
    feed.start();
    QVERIFY(feed.isConnected());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), 12'345);
    QVERIFY(!feed.isConnected());
    QCOMPARE(connection.size(), 2); // connected at start, disconnected at the end
    const TickList played = collect(ticks);
    QCOMPARE(played.size(), recorded.size());
    for (int i = 0; i < played.size(); ++i) {
        const Tick &p = played.at(i);
        Tick expected = recorded.at(i);
        expected.seq = 0;             // the bus numbers them anew
        expected.timeMs = p.timeMs;   // shifted
        QCOMPARE(p, expected);
        QVERIFY(p.timeMs >= before);
        if (i > 0)
            QVERIFY(p.timeMs >= played.at(i - 1).timeMs);
    }
}

void TestReplay::keepsTimesWhenAsked()
{
    TempDb tmp;
    const TickList recorded = recording(300);
    record(tmp.path(), recorded);
    ReplayFeed feed({.path = tmp.path(), .speed = 0, .keepTimes = true});
    QVERIFY(feed.open().ok());
    QSignalSpy ticks(&feed, &MarketFeed::tickReceived);
    QSignalSpy finished(&feed, &ReplayFeed::replayFinished);
    feed.start();
    QVERIFY(finished.wait(10000));
    const TickList played = collect(ticks);
    QCOMPARE(played.size(), 300);
    for (int i = 0; i < played.size(); ++i)
        QCOMPARE(played.at(i).timeMs, recorded.at(i).timeMs);
}

void TestReplay::shiftsTimesByTheSpeed_data()
{
    QTest::addColumn<double>("speed");
    QTest::newRow("real time") << 1.0;
    QTest::newRow("10x") << 10.0;
    QTest::newRow("0.5x") << 0.5;
}

void TestReplay::shiftsTimesByTheSpeed()
{
    QFETCH(double, speed);
    TempDb tmp;
    const TickList recorded = recording(8); // 7 gaps of 37 ms
    record(tmp.path(), recorded);
    ReplayFeed feed({.path = tmp.path(), .speed = speed});
    QVERIFY(feed.open().ok());
    QSignalSpy ticks(&feed, &MarketFeed::tickReceived);
    QSignalSpy finished(&feed, &ReplayFeed::replayFinished);
    feed.start();
    QVERIFY(finished.wait(10000));
    const TickList played = collect(ticks);
    QCOMPARE(played.size(), 8);
    for (int i = 1; i < played.size(); ++i) {
        const qint64 gap = played.at(i).timeMs - played.at(0).timeMs;
        QCOMPARE(gap, qint64(std::floor(double(i * 37) / speed)));
    }
}

void TestReplay::waitsWhileTheWriterIsBusy()
{
    TempDb tmp;
    record(tmp.path(), recording(50));
    ReplayFeed feed({.path = tmp.path(), .speed = 0});
    QVERIFY(feed.open().ok());
    bool busy = true;
    int asked = 0;
    feed.setBackpressure([&] { ++asked; return busy; });
    QSignalSpy ticks(&feed, &MarketFeed::tickReceived);
    QSignalSpy finished(&feed, &ReplayFeed::replayFinished);
    feed.start();
    QTRY_VERIFY(asked >= 3);
    QCOMPARE(ticks.size(), 0);
    busy = false;
    QVERIFY(finished.wait(10000));
    QCOMPARE(ticks.size(), 50);
}

void TestReplay::refusesWhatIsNotARecording()
{
    TempDb tmp;
    ReplayFeed missing({.path = tmp.dir() + QStringLiteral("/nope.db")});
    QVERIFY(!missing.open().ok());
    QFile text(tmp.dir() + QStringLiteral("/notes.txt"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a database at all, just words\n");
    text.close();
    ReplayFeed garbage({.path = text.fileName()});
    const Status st = garbage.open();
    QVERIFY(!st.ok());
}

void TestReplay::servesTheRecordedMasterOnly()
{
    TempDb tmp;
    record(tmp.path(), recording(5),
           {Stock{.code = QStringLiteral("005930"), .name = QStringLiteral("삼성전자"), .market = QStringLiteral("kospi"),
                  .status = QStringLiteral("normal")}});
    ReplayFeed feed({.path = tmp.path()});
    QVERIFY(feed.open().ok());
    auto stocks = await(feed.stockList());
    QVERIFY(stocks.ok());
    QCOMPARE(stocks->size(), 1);
    QCOMPARE(stocks->constFirst().name, QStringLiteral("삼성전자"));
    auto quote = await(feed.snapshot(QStringLiteral("005930")));
    QVERIFY(!quote.ok());
    QCOMPARE(quote.error().code, ErrorCode::FeedUnavailable);
    QCOMPARE(feed.backendName(), QStringLiteral("replay"));
    QVERIFY(feed.subscribe(QStringLiteral("005930")).ok());
    QCOMPARE(feed.subscribedCodes(), QStringList{QStringLiteral("005930")});
    QCOMPARE(feed.subscriptionBudget().used, 1);
    QVERIFY(feed.unsubscribe(QStringLiteral("005930")).ok());
    QVERIFY(feed.subscribedCodes().isEmpty());
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
