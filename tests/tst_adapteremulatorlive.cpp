// The Cybos adapter on the emulator, live side: realtime ticks, the link dropping and
// returning, every failing return code and slow answers as errors, and the 401st
// subscription.
#include "emulatedfeed.h"
#include "adapterfake.h"
#include "core/domain/krxrules.h"
#include "core/domain/ksttime.h"
#include "core/server/http/httpresponse.h"
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestAdapterEmulatorLive : public QObject
{
    Q_OBJECT

    EmulatedFeed m_rig;

private Q_SLOTS:
    void init()
    {
        m_rig.start(5000);
    }
    void cleanup()
    {
        m_rig.stop();
    }
    void realtimeTicks()
    {
        QSignalSpy ticks(m_rig.feed.get(), &MarketFeed::tickReceived);
        QVERIFY(m_rig.feed->subscribe(QStringLiteral("005930")).ok());
        QVERIFY(m_rig.feed->subscribe(QStringLiteral("247540")).ok());
        QVERIFY(m_rig.feed->subscribe(QStringLiteral("005930")).ok()); // again: no second object
        QCOMPARE(m_rig.feed->subscriptionBudget().used, 2);
        QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 200, 10000);
        // Ticks keep coming while the snapshots are awaited: only those before them are
        // bounded by the snapshots' high and low.
        const qsizetype before = ticks.size();
        const Quote samsung = *await(m_rig.feed->snapshot(QStringLiteral("005930")));
        const Quote ecopro = *await(m_rig.feed->snapshot(QStringLiteral("247540")));
        QHash<QString, qint64> lastCum;
        for (const QList<QVariant> &args : ticks.mid(0, before)) {
            const Tick t = args.at(0).value<Tick>();
            const Quote &q = t.code == u"005930" ? samsung : ecopro;
            QVERIFY2(t.code == u"005930" || t.code == u"247540", qPrintable(t.code));
            QVERIFY(Krx::isOnTick(t.price) && t.price >= *q.lowerLimit && t.price <= *q.upperLimit);
            // The realtime path carries the day's open and range (StockCur 4–6) as the
            // snapshot has them.
            QCOMPARE(t.dayOpen, q.open.value_or(0));
            QVERIFY(t.dayHigh >= t.price && t.dayHigh <= q.high.value_or(0));
            QVERIFY(t.dayLow <= t.price && t.dayLow >= q.low.value_or(0));
            QCOMPARE(t.change, t.price - q.prevClose);
            QVERIFY(t.volume > 0);
            QVERIFY(t.side == Side::Buy || t.side == Side::Sell);
            QVERIFY(t.cumVolume >= lastCum.value(t.code));
            lastCum[t.code] = t.cumVolume;
            const double avg = double(t.cumValue) / double(t.cumVolume); // KRW, not 만원/천원
            QVERIFY2(avg > *q.lowerLimit * 0.95 && avg < *q.upperLimit * 1.05, qPrintable(t.code));
            QVERIFY(qAbs(t.timeMs - Kst::nowMs()) < 60'000);
        }
        QVERIFY(m_rig.feed->unsubscribe(QStringLiteral("247540")).ok());
        QCOMPARE(m_rig.feed->subscribedCodes(), QStringList{QStringLiteral("005930")});
    }
    void disconnectAndReturn()
    {
        QVERIFY(m_rig.feed->subscribe(QStringLiteral("005930")).ok());
        QSignalSpy changed(m_rig.feed.get(), &MarketFeed::connectionChanged);
        // Seconds, not hundreds of ms: the checks below must run while the link is still down,
        // also on a loaded 2-core machine or under emulation.
        m_rig.emulator->disconnectFor(6000);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        QVERIFY(!m_rig.feed->isConnected());
        QVERIFY(m_rig.feed->subscribedCodes().isEmpty());
        QCOMPARE(m_rig.emulator->stats().subscriptions, 0);
        QCOMPARE(await(m_rig.feed->snapshot(QStringLiteral("005930"))).error().code, ErrorCode::FeedDisconnected);
        QCOMPARE(m_rig.feed->subscribe(QStringLiteral("005930")).error().code, ErrorCode::FeedDisconnected);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 20000);
        QCOMPARE(changed.at(1).at(0).toBool(), true);
        QVERIFY(m_rig.feed->subscribe(QStringLiteral("005930")).ok());
        QVERIFY(await(m_rig.feed->snapshot(QStringLiteral("005930"))).ok());
    }
    void requestInFlightFailsOnDisconnect()
    {
        m_rig.emulator->setAnswerDelay(2000);
        QTimer::singleShot(50, m_rig.emulator.get(), [this] { m_rig.emulator->disconnectFor(500); });
        const Result<Quote> q = await(m_rig.feed->snapshot(QStringLiteral("005930")));
        QCOMPARE(q.error().code, ErrorCode::FeedDisconnected);
    }
    void failingReturnCodes_data()
    {
        QTest::addColumn<int>("returnCode");
        QTest::newRow("1 comm failure") << 1;
        QTest::newRow("3 internal") << 3;
        QTest::newRow("4 limit") << 4;
    }
    void failingReturnCodes()
    {
        QFETCH(int, returnCode);
        m_rig.emulator->failRequests(returnCode, 3);
        const Result<Quote> q = await(m_rig.feed->snapshot(QStringLiteral("005930")));
        QCOMPARE(q.error().code, ErrorCode::FeedError);
        QVERIFY(!q.error().message.isEmpty());
        const Result<QuoteList> many = await(m_rig.feed->snapshots({QStringLiteral("005930")}));
        QCOMPARE(many.error().code, ErrorCode::FeedError);
        const int handle = m_rig.feed->openChart(ChartQuery{QStringLiteral("005930"), Interval::Day, true, {}, {}});
        QCOMPARE(await(m_rig.feed->nextChartPage(handle)).error().code, ErrorCode::FeedError);
        QVERIFY(await(m_rig.feed->nextChartPage(handle)).ok()); // the same page, asked again
        m_rig.feed->closeChart(handle);
        QVERIFY(await(m_rig.feed->snapshot(QStringLiteral("005930"))).ok());
    }
    void slowAnswerTimesOut()
    {
        m_rig.feed->setRequestTimeoutMs(200);
        m_rig.emulator->setAnswerDelay(1000);
        const Result<Quote> q = await(m_rig.feed->snapshot(QStringLiteral("005930")));
        QCOMPARE(q.error().code, ErrorCode::FeedTimeout);
        QCOMPARE(HttpResponse::error(q.error()).status, 504); // was a 500 while the adapter said "timeout"
        m_rig.emulator->setAnswerDelay(0);
        const Result<Quote> again = await(m_rig.feed->snapshot(QStringLiteral("005930")));
        QVERIFY(again.ok());
        QCOMPARE(again->code, QStringLiteral("005930"));
    }
    void unknownCode()
    {
        QCOMPARE(await(m_rig.feed->snapshot(QStringLiteral("999999"))).error().code, ErrorCode::UnknownCode);
        QCOMPARE(await(m_rig.feed->orderBook(QStringLiteral("999999"))).error().code, ErrorCode::UnknownCode);
        QCOMPARE(m_rig.feed->subscribe(QStringLiteral("999999")).error().code, ErrorCode::UnknownCode);
        const int handle = m_rig.feed->openChart(ChartQuery{QStringLiteral("999999"), Interval::Day, true, {}, {}});
        QCOMPARE(await(m_rig.feed->nextChartPage(handle)).error().code, ErrorCode::UnknownCode);
        m_rig.feed->closeChart(handle);
    }
    void subscriptionLimit()
    {
        m_rig.emulator->setTicksPerSecond(200);
        const StockList stocks = *await(m_rig.feed->stockList());
        for (int i = 0; i < 400; ++i)
            QVERIFY(m_rig.feed->subscribe(stocks.at(i).code).ok());
        QCOMPARE(m_rig.emulator->stats().subscriptions, 400);
        const Status over = m_rig.feed->subscribe(stocks.at(400).code);
        QCOMPARE(over.error().code, ErrorCode::SubscriptionLimit);
        QCOMPARE(m_rig.feed->subscriptionBudget().used, 400);
        QVERIFY(m_rig.feed->unsubscribe(stocks.at(0).code).ok());
        QVERIFY(m_rig.feed->subscribe(stocks.at(400).code).ok());
    }
    void requestBudgetFollowsCybos()
    {
        const int before = m_rig.feed->requestBudget().remaining;
        QVERIFY(await(m_rig.feed->snapshot(QStringLiteral("005930"))).ok());
        QCOMPARE(m_rig.feed->requestBudget().remaining, before - 1);
        QCOMPARE(m_rig.feed->requestBudget().limit, 60);
        QCOMPARE(m_rig.feed->serverType(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAdapterEmulatorLive)
#include "tst_adapteremulatorlive.moc"
