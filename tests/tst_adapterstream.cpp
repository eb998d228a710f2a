// The Cybos adapter's chart paging and realtime path against the scripted fake dispatch:
// page assembly (ascending, no duplicates, stop at `from`), the StockCur header decoding,
// the 400-subscription limit and the drop of every subscription when the link goes down.
#include "cybos/adapter/cybosfeed.h"
#include "adapterfake.h"
#include "core/domain/ksttime.h"
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {

const QDate kFirst(2024, 5, 1);

// StockChart serving bars for kFirst + 0..6 days in pages of newest-first rows; with
// `overlap` every later page repeats the previous page's oldest bar.
void scriptChart(FakeDispatch &d, bool overlap)
{
    d.script[QStringLiteral("CpSysDib.StockChart")] = [overlap](FakeObject &o) {
        auto page = std::make_shared<int>(0);
        o.methods[QStringLiteral("Request")] = [&o, page, overlap](const QVariantList &) {
            static const QList<QList<int>> pages{{6, 5, 4}, {3, 2, 1}, {0}};
            QList<int> days = pages.at(*page);
            if (overlap && *page > 0)
                days.prepend(pages.at(*page - 1).constLast());
            o.data.clear();
            for (int row = 0; row < days.size(); ++row) {
                const int day = days.at(row);
                o.data[{0, row}] = int(Kst::toYmd(kFirst.addDays(day)));
                for (int pos = 1; pos <= 4; ++pos)
                    o.data[{pos, row}] = 1000 + day * 10 + pos; // open, high, low, close
                o.data[{5, row}] = 100 + day;                   // volume
                o.data[{6, row}] = 7;                           // value (no header 5: unit won)
            }
            o.headers[3] = int(days.size());
            ++*page;
            o.props[QStringLiteral("Continue")] = *page < pages.size() ? 1 : 0;
            o.answerSoon();
            return QVariant();
        };
    };
}

BarList fetchAll(CybosFeed &feed, const ChartQuery &query, QList<bool> *moreFlags)
{
    const int handle = feed.openChart(query);
    BarList all;
    for (int guard = 0; guard < 10; ++guard) {
        const Result<ChartPage> page = await(feed.nextChartPage(handle));
        if (!page.ok())
            break;
        all = page->bars + all; // pages go back in time
        *moreFlags << page->more;
        if (!page->more)
            break;
    }
    feed.closeChart(handle);
    return all;
}

void scriptAnyCode(FakeDispatch &d)
{
    d.script[QStringLiteral("CpUtil.CpCodeMgr")] = [](FakeObject &o) {
        o.methods[QStringLiteral("CodeToName")] = [](const QVariantList &) { return QVariant(QStringLiteral("종목")); };
        o.methods[QStringLiteral("GetStockMarketKind")] = [](const QVariantList &) { return QVariant(1); };
    };
}

} // namespace

class TestAdapterStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartPagesAssemble_data()
    {
        QTest::addColumn<bool>("overlap");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("bars");
        QTest::addColumn<QList<bool>>("more");
        QTest::newRow("to the end") << false << QDate() << 7 << QList<bool>{true, true, false};
        QTest::newRow("overlapping pages") << true << QDate() << 7 << QList<bool>{true, true, false};
        QTest::newRow("stops at from") << false << kFirst.addDays(2) << 5 << QList<bool>{true, false};
    }
    void chartPagesAssemble()
    {
        QFETCH(bool, overlap);
        QFETCH(QDate, from);
        QFETCH(int, bars);
        QFETCH(QList<bool>, more);
        FakeDispatch d;
        scriptChart(d, overlap);
        CybosFeed feed(d, QStringLiteral("emulator"));
        QList<bool> flags;
        const BarList all = fetchAll(feed, ChartQuery{QStringLiteral("005930"), Interval::Day, true, from, {}}, &flags);
        QCOMPARE(flags, more);
        QCOMPARE(all.size(), bars);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).timeMs < all.at(i).timeMs);
        QCOMPARE(Kst::dateOf(all.constLast().timeMs), kFirst.addDays(6));
        QCOMPARE(all.constLast().close, 1064);
        QCOMPARE(all.constLast().volume, 106);
        QCOMPARE(all.constLast().value, 7); // nothing to calibrate with: taken as won
        const FakeObject *chart = d.last(QStringLiteral("CpSysDib.StockChart"));
        QCOMPARE(chart->inputs.value(1).toInt(), int('1'));  // period mode for daily bars
        QCOMPARE(chart->inputs.value(6).toInt(), int('D'));
        QCOMPARE(chart->inputs.value(9).toInt(), int('1'));  // adjusted
        QCOMPARE(chart->inputs.value(5).toList(), (QVariantList{0, 2, 3, 4, 5, 8, 9}));
    }
    // Minute charts in period mode too (AKX): exactly the days asked for, no count.
    void minuteChartUsesPeriodMode()
    {
        FakeDispatch d;
        scriptChart(d, false);
        CybosFeed feed(d, QStringLiteral("emulator"));
        QList<bool> flags;
        fetchAll(feed, ChartQuery{QStringLiteral("005930"), Interval::Min5, false, kFirst, kFirst.addDays(1)}, &flags);
        const FakeObject *chart = d.last(QStringLiteral("CpSysDib.StockChart"));
        QCOMPARE(chart->inputs.value(1).toInt(), int('1'));
        QCOMPARE(chart->inputs.value(3).toInt(), int(Kst::toYmd(kFirst)));
        QCOMPARE(chart->inputs.value(2).toInt(), int(Kst::toYmd(kFirst.addDays(1))));
        QVERIFY(!chart->inputs.contains(4));
        QCOMPARE(chart->inputs.value(6).toInt(), int('m'));
        QCOMPARE(chart->inputs.value(7).toInt(), 5);
        QCOMPARE(chart->inputs.value(9).toInt(), int('0'));
    }
    // Weekly and monthly bars are built from daily ones: the adapter never asks Cybos' W/M.
    void weeklyAndMonthlyAreNotAskedFor()
    {
        FakeDispatch d;
        scriptChart(d, false);
        CybosFeed feed(d, QStringLiteral("emulator"));
        for (Interval i : {Interval::Week, Interval::Month}) {
            const int handle = feed.openChart(ChartQuery{QStringLiteral("005930"), i, true, kFirst, {}});
            const Result<ChartPage> page = await(feed.nextChartPage(handle));
            feed.closeChart(handle);
            QVERIFY(!page.ok());
            QCOMPARE(page.error().code, ErrorCode::BadRequest);
        }
        QCOMPARE(d.last(QStringLiteral("CpSysDib.StockChart")), nullptr);
    }
    void tickFromHeaders()
    {
        FakeDispatch d;
        CybosFeed feed(d, QStringLiteral("emulator"));
        QSignalSpy ticks(&feed, &MarketFeed::tickReceived);
        QVERIFY(feed.subscribe(QStringLiteral("A247540")).ok());
        QCOMPARE(feed.subscribedCodes(), QStringList{QStringLiteral("247540")});
        FakeObject *cur = d.last(QStringLiteral("Dscbo1.StockCur"));
        QVERIFY(cur->calls.contains(QStringLiteral("Subscribe")));
        QCOMPARE(cur->inputs.value(0).toString(), QStringLiteral("A247540"));
        cur->headers = {{2, 300}, {7, 188'100}, {8, 188'000}, {9, 5'000}, {10, 940'000}, {13, 188'000},
                        {14, int('2')}, {17, 12}, {19, QStringLiteral("2")}, {20, int('2')}, {22, int('5')}};
        const qint64 before = Kst::nowMs();
        Q_EMIT cur->received();
        QCOMPARE(ticks.size(), 1);
        const Tick t = ticks.at(0).at(0).value<Tick>();
        QCOMPARE(t.code, QStringLiteral("247540"));
        QCOMPARE(t.price, 188'000);
        QCOMPARE(t.change, -300);
        QCOMPARE(t.volume, 12);
        QCOMPARE(t.cumVolume, 5'000);
        QCOMPARE(t.cumValue, 940'000'000LL); // 천원 → KRW on KOSDAQ
        QCOMPARE(t.side, Side::Sell);
        QCOMPARE(t.session, Session::Regular);
        QVERIFY(t.timeMs >= before && t.timeMs <= Kst::nowMs());
        cur->headers[19] = int('1'); // an auction's expected price is not a trade
        Q_EMIT cur->received();
        QCOMPARE(ticks.size(), 1);
    }
    void subscriptionLimit()
    {
        FakeDispatch d;
        scriptAnyCode(d);
        CybosFeed feed(d, QStringLiteral("emulator"));
        for (int i = 0; i < 400; ++i)
            QVERIFY(feed.subscribe(QStringLiteral("%1").arg(100000 + i)).ok());
        const Status over = feed.subscribe(QStringLiteral("200000"));
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, ErrorCode::SubscriptionLimit);
        QCOMPARE(feed.subscriptionBudget().used, 400);
        QVERIFY(feed.unsubscribe(QStringLiteral("100000")).ok());
        QVERIFY(feed.subscribe(QStringLiteral("200000")).ok());
        QCOMPARE(feed.subscribedCodes().size(), 400);
    }
    void refusedSubscriptionIsAnError()
    {
        FakeDispatch d;
        d.script[QStringLiteral("Dscbo1.StockCur")] = [](FakeObject &o) {
            o.dibStatus = -1;
            o.dibMsg = QStringLiteral("실시간 등록 실패");
        };
        CybosFeed feed(d, QStringLiteral("emulator"));
        const Status s = feed.subscribe(QStringLiteral("005930"));
        QCOMPARE(s.error().code, ErrorCode::FeedError);
        QCOMPARE(s.error().message, QStringLiteral("실시간 등록 실패"));
        QVERIFY(feed.subscribedCodes().isEmpty());
    }
    void disconnectDropsSubscriptions()
    {
        FakeDispatch d;
        CybosFeed feed(d, QStringLiteral("emulator"));
        QVERIFY(feed.subscribe(QStringLiteral("005930")).ok());
        QPointer<FakeObject> cur = d.last(QStringLiteral("Dscbo1.StockCur"));
        QSignalSpy changed(&feed, &MarketFeed::connectionChanged);
        QSignalSpy ticks(&feed, &MarketFeed::tickReceived);
        d.linkUp = false;
        d.cybos->props[QStringLiteral("IsConnect")] = 0;
        Q_EMIT d.cybos->disconnected();
        QCOMPARE(changed.size(), 1);
        QVERIFY(feed.subscribedCodes().isEmpty());
        QCOMPARE(feed.subscribe(QStringLiteral("005930")).error().code, ErrorCode::FeedDisconnected);
        if (cur)
            Q_EMIT cur->received(); // a late event of a dropped object is ignored
        QCOMPARE(ticks.size(), 0);
        QTRY_VERIFY(cur.isNull()); // released on the event loop
    }
};

QTEST_GUILESS_MAIN(TestAdapterStream)
#include "tst_adapterstream.moc"
