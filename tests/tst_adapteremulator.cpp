// The Cybos adapter on the emulator — exactly the code path the real Cybos takes — checked
// against cybos-api.md: the stock list, snapshots (StockMst, MarketEye), the order book,
// chart paging, realtime ticks, disconnects, failing return codes and the 400 limit.
#include "emulatedfeed.h"
#include "cybos/adapter/cybosfeed.h"
#include "cybos/emulator/calendar.h"
#include "cybos/emulator/emulator.h"
#include "core/domain/domainjson.h"
#include "adapterfake.h"
#include "core/domain/krxrules.h"
#include "core/domain/ksttime.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {

void checkQuote(const Quote &q)
{
    QVERIFY(!q.name.isEmpty());
    QVERIFY(q.prevClose > 0);
    QCOMPARE(q.upperLimit, std::optional<qint64>(Krx::upperLimit(q.prevClose)));
    QCOMPARE(q.lowerLimit, std::optional<qint64>(Krx::lowerLimit(q.prevClose)));
    QVERIFY(Krx::isOnTick(q.price));
    QVERIFY(q.price >= *q.lowerLimit && q.price <= *q.upperLimit);
    QCOMPARE(q.change, q.price - q.prevClose);
    // Before the day's first trade there is no open/high/low (null, not 0).
    QCOMPARE(q.open.has_value(), q.volume > 0);
    if (q.volume > 0) {
        QVERIFY(q.low && q.high && *q.low <= q.price && q.price <= *q.high);
        // KRW per share lies within the day's range: a wrong 만원/천원 unit would miss by 10x.
        const double avg = double(q.value) / double(q.volume);
        QVERIFY2(avg > *q.low * 0.95 && avg < *q.high * 1.05, qPrintable(QString::number(avg)));
    }
}

BarList pageToEnd(CybosFeed &feed, const ChartQuery &query, int *pages)
{
    const int handle = feed.openChart(query);
    BarList all;
    *pages = 0;
    for (;;) {
        const Result<ChartPage> page = await(feed.nextChartPage(handle));
        if (!page.ok()) {
            qWarning() << errorCodeName(page.error().code) << page.error().message;
            return {};
        }
        ++*pages;
        all = page->bars + all;
        if (!page->more)
            break;
    }
    feed.closeChart(handle);
    return all;
}

} // namespace

class TestAdapterEmulator : public QObject
{
    Q_OBJECT

    EmulatedFeed m_rig;

private Q_SLOTS:
    void init()
    {
        m_rig.start(2000);
        QVERIFY(m_rig.feed->isConnected());
    }
    void cleanup()
    {
        m_rig.stop();
    }
    void stockList()
    {
        const Result<StockList> list = await(m_rig.feed->stockList());
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1896);
        QSet<QString> codes;
        int kospi200 = 0;
        for (const Stock &s : *list) {
            QVERIFY2(!s.name.isEmpty() && s.code.size() == 6, qPrintable(s.code));
            QVERIFY(s.market == u"kospi" || s.market == u"kosdaq" || s.market == u"etf" || s.market == u"etn");
            QCOMPARE(s.status, QStringLiteral("normal"));
            QVERIFY(!s.controlKind.isEmpty());
            codes.insert(s.code);
            kospi200 += s.kospi200 ? 1 : 0;
            if (s.kospi200)
                QCOMPARE(s.market, QStringLiteral("kospi"));
        }
        QCOMPARE(codes.size(), 1896);
        QCOMPARE(kospi200, 200);
        const Stock samsung = *std::find_if(list->cbegin(), list->cend(), [](const Stock &s) { return s.code == u"005930"; });
        QCOMPARE(samsung.name, QStringLiteral("삼성전자"));
        QVERIFY(samsung.kospi200);
        QVERIFY(samsung.prevClose.has_value() && samsung.upperLimit == Krx::upperLimit(*samsung.prevClose));
    }
    void snapshot_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("kospi") << "005930";
        QTest::newRow("kosdaq") << "247540";
        QTest::newRow("cybos form") << "A000660";
    }
    void snapshot()
    {
        QFETCH(QString, code);
        QVERIFY(m_rig.feed->subscribe(code).ok()); // so the code trades and has a volume
        QSignalSpy ticks(m_rig.feed.get(), &MarketFeed::tickReceived);
        QVERIFY(ticks.wait(5000));
        const Result<Quote> q = await(m_rig.feed->snapshot(code));
        QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().message));
        QCOMPARE(q->code, code.right(6));
        QVERIFY(q->volume > 0);
        checkQuote(*q);
        QVERIFY(qAbs(q->timeMs - Kst::nowMs()) < 24 * 3600 * 1000);
    }
    void marketEye()
    {
        const QStringList codes{QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("247540"),
                                QStringLiteral("999999")};
        const Result<QuoteList> quotes = await(m_rig.feed->snapshots(codes));
        QVERIFY(quotes.ok());
        QCOMPARE(quotes->size(), 3); // the unknown code is left out
        for (int i = 0; i < 3; ++i) {
            const Quote &q = quotes->at(i);
            QCOMPARE(q.code, codes.at(i));
            checkQuote(q);
            const Result<Quote> single = await(m_rig.feed->snapshot(q.code));
            QCOMPARE(single->name, q.name);
            QCOMPARE(single->prevClose, q.prevClose);
        }
    }
    // Pre-open (krx clock, 08:45) nothing has traded: no open/high/low (null in JSON, not 0).
    // At 09:36 every code has traded, subscribed or not, and MarketEye agrees with StockMst.
    void openHighLowBeforeAndAfterTheFirstTrade()
    {
        const QString code = QStringLiteral("068270");
        qint64 now = emu::kstEpochMs(QDate(2026, 11, 25), 8 * 3600 + 45 * 60);
        EmulatorOptions options;
        options.clock = QStringLiteral("krx");
        options.now = [&now] { return now; };
        Emulator emu(options);
        CybosFeed feed(emu, QStringLiteral("emulator"));
        const Quote pre = *await(feed.snapshot(code));
        QCOMPARE(pre.volume, 0);
        QVERIFY(!pre.open && !pre.high && !pre.low && pre.price > 0);
        const QJsonObject json = QJsonDocument::fromJson(DomainJson::toJson(pre)).object();
        for (const char *name : {"open", "high", "low"})
            QVERIFY2(json.value(QLatin1String(name)).isNull(), name);
        QVERIFY(!await(feed.snapshots({code}))->first().open);
        now = emu::kstEpochMs(QDate(2026, 11, 25), 9 * 3600 + 36 * 60);
        const Quote mst = *await(feed.snapshot(code));
        const Quote eye = await(feed.snapshots({code}))->first();
        QVERIFY(mst.open && mst.volume > 0);
        QCOMPARE(eye.open, mst.open);
        QCOMPARE(eye.high, mst.high);
        QCOMPARE(eye.low, mst.low);
        QCOMPARE(eye.price, mst.price);
        QCOMPARE(eye.volume, mst.volume);
        checkQuote(mst);
    }
    void orderBook()
    {
        const Result<OrderBook> book = await(m_rig.feed->orderBook(QStringLiteral("005930")));
        QVERIFY(book.ok());
        QCOMPARE(book->code, QStringLiteral("005930"));
        QVERIFY(book->asks[0].price > book->bids[0].price);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(Krx::isOnTick(book->asks[i].price) && Krx::isOnTick(book->bids[i].price));
            QVERIFY(book->asks[i].qty > 0 && book->bids[i].qty > 0);
            if (i > 0) {
                QVERIFY(book->asks[i].price > book->asks[i - 1].price);
                QVERIFY(book->bids[i].price < book->bids[i - 1].price);
            }
        }
        QVERIFY(book->totalAskQty >= book->asks[0].qty);
    }
    void history_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("minPages");
        QTest::newRow("daily, all") << int(Interval::Day) << QDate() << QDate() << 1;
        QTest::newRow("daily, range") << int(Interval::Day) << QDate(2024, 1, 2) << QDate(2024, 5, 13) << 1;
        QTest::newRow("1m, three weeks") << int(Interval::Min1) << Kst::today().addDays(-21) << QDate() << 2;
        QTest::newRow("5m, a past week") << int(Interval::Min5) << Kst::today().addDays(-14) << Kst::today().addDays(-7) << 1;
    }
    void history()
    {
        QFETCH(int, interval);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, minPages);
        int pages = 0;
        const ChartQuery query{QStringLiteral("005930"), Interval(interval), true, from, to};
        const BarList bars = pageToEnd(*m_rig.feed, query, &pages);
        QVERIFY(!bars.isEmpty());
        QVERIFY2(pages >= minPages, qPrintable(QString::number(pages)));
        for (int i = 1; i < bars.size(); ++i)
            QVERIFY2(bars.at(i - 1).timeMs < bars.at(i).timeMs, "ascending, without duplicates");
        for (const Bar &b : bars) {
            QVERIFY(b.low <= b.open && b.open <= b.high && b.low <= b.close && b.close <= b.high);
            QVERIFY(b.volume >= 0 && b.value >= 0);
        }
        if (from.isValid())
            QVERIFY(Kst::dateOf(bars.constFirst().timeMs) >= from);
        else
            QVERIFY(Kst::dateOf(bars.constFirst().timeMs) >= QDate(2016, 1, 4));
        if (to.isValid())
            QVERIFY(Kst::dateOf(bars.constLast().timeMs) <= to);
    }
};

QTEST_GUILESS_MAIN(TestAdapterEmulator)
#include "tst_adapteremulator.moc"
