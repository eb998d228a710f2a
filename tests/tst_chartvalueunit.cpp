// The unit of StockChart field 9 (no unit in Daishin's help, cybos-api.md §0b): the decision
// table of ChartValueUnit, then the adapter on a scripted dispatch — it compares the first
// daily page of a market with StockMst header 19 of the same code, uses the factor found for
// every later page of that market, and logs the outcome once.
#include "cybos/adapter/chartvalueunit.h"
#include "cybos/adapter/cybosfeed.h"
#include "core/domain/ksttime.h"
#include "adapterfake.h"
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
using Outcome = ChartValueUnit::Outcome;
constexpr qint64 kKospiUnit = 10'000; // StockMst 19 on KOSPI: 만원

struct Values {
    qint64 today = 0; // field 9 of today's daily bar of 1,000 shares at 1,000 won
    qint64 mst = 0;   // StockMst header 19, 만원 (KOSPI), for 3,000 shares (header 18)
};

// A daily chart whose one page holds yesterday and today (header 5 = today), and StockMst,
// answering from `v` as it is when asked (pooled objects are reused).
void script(FakeDispatch &d, const Values *v)
{
    d.script[QStringLiteral("CpSysDib.StockChart")] = [v](FakeObject &o) {
        o.methods[QStringLiteral("Request")] = [&o, v](const QVariantList &) {
            const QDate today = Kst::today();
            for (int row = 0; row < 2; ++row) {
                o.data[{0, row}] = int(Kst::toYmd(today.addDays(-row)));
                for (int pos = 1; pos <= 5; ++pos)
                    o.data[{pos, row}] = 1000; // open, high, low, close; volume (position 5)
                o.data[{6, row}] = qlonglong(row == 0 ? v->today : 555);
            }
            o.headers = {{3, 2}, {5, int(Kst::toYmd(today))}};
            o.props[QStringLiteral("Continue")] = 0;
            o.answerSoon();
            return QVariant();
        };
    };
    d.script[QStringLiteral("DsCbo1.StockMst")] = [v](FakeObject &o) {
        o.methods[QStringLiteral("Request")] = [&o, v](const QVariantList &) {
            o.headers = {{0, QStringLiteral("A005930")}, {1, QStringLiteral("삼성전자")}, {18, 3000}, {19, qlonglong(v->mst)}};
            o.answerSoon();
            return QVariant();
        };
    };
}

BarList dailyPage(CybosFeed &feed)
{
    const int handle = feed.openChart(ChartQuery{QStringLiteral("005930"), Interval::Day, true, Kst::today().addDays(-1), {}});
    const Result<ChartPage> page = await(feed.nextChartPage(handle));
    feed.closeChart(handle);
    return page.ok() ? page->bars : BarList();
}

int stockMstObjects(const FakeDispatch &d)
{
    int n = 0;
    for (const auto &o : d.created)
        n += o && o->m_progId == u"DsCbo1.StockMst" ? 1 : 0;
    return n;
}
} // namespace

class TestChartValueUnit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<qint64>("chartValue");  // field 9 as sent; -1: no bar for today
        QTest::addColumn<qint64>("chartVolume");
        QTest::addColumn<qint64>("snapshotWon");
        QTest::addColumn<qint64>("snapshotVolume");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<qint64>("factor");
        const int detected = int(Outcome::Detected), none = int(Outcome::NoComparableBar), disagree = int(Outcome::Disagree);
        QTest::newRow("won") << 9'400'123'456LL << 100'000LL << 9'400'120'000LL << 100'000LL << detected << 1LL;
        QTest::newRow("1,000 won") << 9'400'123LL << 100'000LL << 9'400'120'000LL << 100'000LL << detected << 1'000LL;
        QTest::newRow("10,000 won") << 940'012LL << 100'000LL << 9'400'120'000LL << 100'000LL << detected << 10'000LL;
        QTest::newRow("trades between the two answers") << 940'012LL << 100'000LL << 28'200'360'000LL << 300'000LL << detected << 10'000LL;
        QTest::newRow("price moved within the day") << 940'012LL << 100'000LL << 14'100'180'000LL << 100'000LL << detected << 10'000LL;
        QTest::newRow("no bar for today") << -1LL << 0LL << 9'400'120'000LL << 100'000LL << none << 1LL;
        QTest::newRow("chart value 0") << 0LL << 100'000LL << 9'400'120'000LL << 100'000LL << none << 1LL;
        QTest::newRow("chart volume 0") << 940'012LL << 0LL << 9'400'120'000LL << 100'000LL << none << 1LL;
        QTest::newRow("snapshot volume 0") << 940'012LL << 100'000LL << 9'400'120'000LL << 0LL << none << 1LL;
        QTest::newRow("snapshot too small to round well") << 99LL << 10LL << 990'000LL << 10LL << none << 1LL;
        QTest::newRow("disagreement") << 3'000'000LL << 100'000LL << 9'400'120'000LL << 100'000LL << disagree << 1LL;
        QTest::newRow("between two units") << 3'000'000LL << 100'000LL << 9'000'000'000LL << 100'000LL << disagree << 1LL;
    }
    void detect()
    {
        QFETCH(qint64, chartValue);
        QFETCH(qint64, chartVolume);
        QFETCH(qint64, snapshotWon);
        QFETCH(qint64, snapshotVolume);
        QFETCH(int, outcome);
        QFETCH(qint64, factor);
        std::optional<ChartValueUnit::Sample> chart;
        if (chartValue >= 0)
            chart = ChartValueUnit::Sample{chartValue, chartVolume};
        const auto d = ChartValueUnit::detect(chart, {snapshotWon, snapshotVolume}, kKospiUnit);
        QCOMPARE(int(d.outcome), outcome);
        QCOMPARE(d.factor, factor);
    }

    void adapterCalibratesOncePerMarket_data()
    {
        QTest::addColumn<qint64>("todayValue");
        QTest::addColumn<qint64>("mstValue");   // 만원
        QTest::addColumn<qint64>("factor");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<QString>("says");
        QTest::newRow("won") << 1'000'000LL << 300LL << 1LL << false << "are in won";
        QTest::newRow("1,000 won") << 1'000LL << 300LL << 1'000LL << false << "are in 1,000 won";
        QTest::newRow("10,000 won") << 100LL << 300LL << 10'000LL << false << "are in 10,000 won";
        QTest::newRow("disagreement") << 30'000LL << 300LL << 1LL << true << "match no unit";
        QTest::newRow("no comparable bar") << 0LL << 300LL << 1LL << false << "no bar of today";
    }
    void adapterCalibratesOncePerMarket()
    {
        QFETCH(qint64, todayValue);
        QFETCH(qint64, mstValue);
        QFETCH(qint64, factor);
        QFETCH(bool, warning);
        QFETCH(QString, says);
        FakeDispatch d;
        const Values v{todayValue, mstValue};
        script(d, &v);
        CybosFeed feed(d, QStringLiteral("emulator"));
        QSignalSpy notices(&feed, &MarketFeed::noticeLogged);
        const BarList bars = dailyPage(feed);
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars.last().value, todayValue * factor);
        QCOMPARE(bars.first().value, 555 * factor); // the whole page, not only today's bar
        QCOMPARE(stockMstObjects(d), todayValue > 0 ? 1 : 0);
        QCOMPARE(notices.size(), 1);
        const auto level = notices.at(0).at(0).value<LogEvent::Level>();
        QCOMPARE(level, warning ? LogEvent::Level::Warning : LogEvent::Level::Info);
        const QString message = notices.at(0).at(1).toString();
        QVERIFY2(message.contains(says) && message.contains(QStringLiteral("KOSPI")), qPrintable(message));
        // Later pages of the market: same factor, no second snapshot, nothing logged again.
        QCOMPARE(dailyPage(feed).last().value, todayValue * factor);
        QCOMPARE(stockMstObjects(d), todayValue > 0 ? 1 : 0);
        QCOMPARE(notices.size(), 1);
    }

    // Without a comparable bar won is used, and a later page that has one still calibrates.
    void noComparableBarThenDetected()
    {
        FakeDispatch d;
        Values v{0, 300};
        script(d, &v);
        CybosFeed feed(d, QStringLiteral("emulator"));
        QSignalSpy notices(&feed, &MarketFeed::noticeLogged);
        QCOMPARE(dailyPage(feed).last().value, 0);
        v.today = 100;
        QCOMPARE(dailyPage(feed).last().value, 1'000'000);
        QCOMPARE(notices.size(), 2);
        QVERIFY(notices.at(1).at(1).toString().contains(QStringLiteral("10,000 won")));
    }
};

QTEST_GUILESS_MAIN(TestChartValueUnit)
#include "tst_chartvalueunit.moc"
