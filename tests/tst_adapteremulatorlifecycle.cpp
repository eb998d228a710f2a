// The adapter across a Cybos disconnect, on the emulator (whose objects from before a drop are
// dead for good, as Daishin's help says): every object is released, no call ever reaches an
// old object, a fresh CpCybos sees the link return, everything is created anew, each wanted
// code is subscribed exactly once, and a request in flight fails at once, not at its timeout.
#include "cybos/adapter/cybosfeed.h"
#include "cybos/emulator/emulator.h"
#include "core/services/subscriptionmanager.h"
#include "adapterfake.h"
#include "adapterrecording.h"
#include "core/domain/ksttime.h"
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestAdapterEmulatorLifecycle : public QObject
{
    Q_OBJECT

    std::unique_ptr<Emulator> m_emu;
    std::unique_ptr<RecordingDispatch> m_dispatch;
    std::unique_ptr<CybosFeed> m_feed;

    const QStringList m_codes{QStringLiteral("000660"), QStringLiteral("005930"), QStringLiteral("247540")};

private Q_SLOTS:
    void init()
    {
        // The emulator warns about every call on an object from before a drop: none may come.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("before the disconnect")));
        EmulatorOptions options;
        options.ticksPerSecond = 3000;
        m_emu = std::make_unique<Emulator>(options);
        m_dispatch = std::make_unique<RecordingDispatch>(*m_emu);
        m_feed = std::make_unique<CybosFeed>(*m_dispatch, QStringLiteral("emulator"));
        QVERIFY(m_feed->isConnected());
    }
    void cleanup()
    {
        m_feed.reset();
        m_dispatch.reset();
        m_emu.reset();
    }

    void disconnectRecreatesEverything()
    {
        SubscriptionManager subscriptions(m_feed.get());
        QVERIFY(subscriptions.pin(m_codes).ok());
        QCOMPARE(m_emu->stats().subscriptions, 3);
        QVERIFY(await(m_feed->snapshot(QStringLiteral("005930"))).ok());
        QVERIFY(await(m_feed->snapshots(m_codes)).ok());
        QVERIFY(await(m_feed->orderBook(QStringLiteral("005930"))).ok());
        const ChartQuery minutes{QStringLiteral("005930"), Interval::Min1, true, Kst::today().addDays(-20), {}};
        const int chart = m_feed->openChart(minutes);
        QVERIFY(await(m_feed->nextChartPage(chart))->more); // holds its StockChart for Continue
        const qsizetype before = m_dispatch->created.size();
        QVERIFY(m_dispatch->alive(before) >= 7); // CpCybos, CpCodeMgr, 3 StockCur, requests...

        QSignalSpy changed(m_feed.get(), &MarketFeed::connectionChanged);
        m_emu->disconnectFor(1000);
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_feed->subscribedCodes().isEmpty());
        QTRY_COMPARE(m_dispatch->alive(before), 0); // every object released, the chart's too
        QCOMPARE(await(m_feed->nextChartPage(chart)).error().code, ErrorCode::FeedDisconnected);
        m_feed->closeChart(chart);
        QCOMPARE(await(m_feed->stockList()).error().code, ErrorCode::FeedDisconnected);

        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 8000); // a fresh CpCybos saw the link back
        QVERIFY(m_feed->isConnected());
        QCOMPARE(m_dispatch->createdSince(before, QStringLiteral("CpUtil.CpCodeMgr")), 1);
        // Each wanted code subscribed exactly once, on a new object.
        QCOMPARE(m_dispatch->createdSince(before, QStringLiteral("Dscbo1.StockCur")), 3);
        QCOMPARE(m_emu->stats().subscriptions, 3);
        QCOMPARE(m_feed->subscribedCodes().size(), 3);
        QSignalSpy ticks(m_feed.get(), &MarketFeed::tickReceived);
        QVERIFY(ticks.wait(5000));

        const Result<Quote> q = await(m_feed->snapshot(QStringLiteral("005930")));
        QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().message));
        QCOMPARE(q->code, QStringLiteral("005930"));
        QVERIFY(!q->name.isEmpty());
        QVERIFY(await(m_feed->orderBook(QStringLiteral("005930"))).ok());
        const Result<QuoteList> many = await(m_feed->snapshots(m_codes));
        QVERIFY(many.ok());
        QCOMPARE(many->size(), 3);
        const int again = m_feed->openChart(ChartQuery{QStringLiteral("005930"), Interval::Day, true, {}, {}});
        const Result<ChartPage> page = await(m_feed->nextChartPage(again));
        QVERIFY(page.ok() && !page->bars.isEmpty());
        m_feed->closeChart(again);
        for (const char *id : {"DsCbo1.StockMst", "CpSysDib.MarketEye", "Dscbo1.StockJpbid2", "CpSysDib.StockChart"})
            QVERIFY2(m_dispatch->createdSince(before, QString::fromLatin1(id)) >= 1, id);
        QCOMPARE(await(m_feed->stockList())->size(), 1896);
    }

    void requestInFlightFailsAtOnce()
    {
        // The answer would take 20 s (the timeout is longer still): the drop must end the wait.
        m_emu->setAnswerDelay(20'000);
        QTimer::singleShot(100, m_emu.get(), [this] { m_emu->disconnectFor(500); });
        QElapsedTimer clock;
        clock.start();
        const Result<Quote> q = await(m_feed->snapshot(QStringLiteral("005930")));
        QCOMPARE(q.error().code, ErrorCode::FeedDisconnected);
        QVERIFY(q.error().message.contains(QStringLiteral("dropped")));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        m_emu->setAnswerDelay(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->isConnected(), 8000);
        QVERIFY(await(m_feed->snapshot(QStringLiteral("005930"))).ok());
    }

    void repeatedOutages()
    {
        SubscriptionManager subscriptions(m_feed.get());
        QVERIFY(subscriptions.pin({QStringLiteral("005930")}).ok());
        for (int i = 0; i < 2; ++i) {
            const qsizetype before = m_dispatch->created.size();
            m_emu->disconnectFor(300);
            QVERIFY(!m_feed->isConnected());
            QTRY_VERIFY_WITH_TIMEOUT(m_feed->isConnected(), 8000);
            QCOMPARE(m_dispatch->createdSince(before, QStringLiteral("Dscbo1.StockCur")), 1);
            QCOMPARE(m_emu->stats().subscriptions, 1);
            QVERIFY(await(m_feed->snapshot(QStringLiteral("005930"))).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestAdapterEmulatorLifecycle)
#include "tst_adapteremulatorlifecycle.moc"
