// BarRepository: upsert, paged ranges, coverage merging and missing sub-ranges.
#include "core/storage/barrepository.h"
#include "core/storage/database.h"
#include "migrateddb.h"
#include <QTest>

using namespace cybos;

Q_DECLARE_METATYPE(cybos::TimeRanges)

namespace {

Bar bar(qint64 t, qint64 close)
{
    return Bar{.timeMs = t, .open = close - 10, .high = close + 20, .low = close - 30, .close = close,
               .volume = t * 2, .value = t * close};
}

const BarKey kDaily{QStringLiteral("005930"), Interval::Day, true};

} // namespace

class TestStorageBars : public QObject
{
    Q_OBJECT
    test::MigratedDb m_store;

private Q_SLOTS:
    void init() { QVERIFY(m_store.create()); }

    void cleanup() { m_store.drop(); }

    void upsertReplacesAndSeriesStayApart()
    {
        BarRepository repo(m_store.db());
        QVERIFY(repo.upsert(kDaily, {bar(10, 100), bar(20, 200), bar(30, 300)}).ok());
        QVERIFY(repo.upsert(kDaily, {bar(20, 250)}).ok());
        QVERIFY(repo.upsert({QStringLiteral("005930"), Interval::Day, false}, {bar(20, 999)}).ok());
        QVERIFY(repo.upsert({QStringLiteral("005930"), Interval::Min1, true}, {bar(20, 888)}).ok());
        auto page = repo.range(kDaily, 0, 1000, 100);
        QVERIFY(page.ok());
        QCOMPARE(page->bars, (BarList{bar(10, 100), bar(20, 250), bar(30, 300)}));
        QVERIFY(page->nextPageToken.isEmpty());
        QCOMPARE(repo.range({QStringLiteral("005930"), Interval::Day, false}, 0, 1000, 100)->bars, BarList{bar(20, 999)});
        QCOMPARE(repo.range(kDaily, 15, 30, 100)->bars, (BarList{bar(20, 250), bar(30, 300)}));
    }

    void rangePages()
    {
        BarRepository repo(m_store.db());
        BarList bars;
        for (int i = 1; i <= 7; ++i)
            bars << bar(i * 10, i);
        QVERIFY(repo.upsert(kDaily, bars).ok());
        QString token;
        BarList seen;
        int pages = 0;
        do {
            auto page = repo.range(kDaily, 0, 1000, 3, token);
            QVERIFY(page.ok());
            seen += page->bars;
            token = page->nextPageToken;
            ++pages;
        } while (!token.isEmpty());
        QCOMPARE(seen, bars);
        QCOMPARE(pages, 3);
        auto first = repo.range(kDaily, 0, 1000, 3);
        QVERIFY(!repo.range({QStringLiteral("000660"), Interval::Day, true}, 0, 1000, 3, first->nextPageToken).ok());
    }

    void coverage_data()
    {
        QTest::addColumn<TimeRanges>("added");
        QTest::addColumn<TimeRanges>("expected");
        QTest::newRow("one") << TimeRanges{{10, 20}} << TimeRanges{{10, 20}};
        QTest::newRow("disjoint, sorted") << TimeRanges{{50, 60}, {10, 20}} << TimeRanges{{10, 20}, {50, 60}};
        QTest::newRow("overlap") << TimeRanges{{10, 20}, {15, 30}} << TimeRanges{{10, 30}};
        QTest::newRow("adjacent") << TimeRanges{{10, 20}, {21, 30}} << TimeRanges{{10, 30}};
        QTest::newRow("bridge") << TimeRanges{{10, 20}, {40, 50}, {19, 41}} << TimeRanges{{10, 50}};
        QTest::newRow("inside") << TimeRanges{{10, 50}, {20, 30}} << TimeRanges{{10, 50}};
        QTest::newRow("gap of one") << TimeRanges{{10, 20}, {22, 30}} << TimeRanges{{10, 20}, {22, 30}};
    }

    void coverage()
    {
        QFETCH(TimeRanges, added);
        QFETCH(TimeRanges, expected);
        BarRepository repo(m_store.db());
        for (const TimeRange &r : added)
            QVERIFY(repo.addCoverage(kDaily, r).ok());
        QCOMPARE(*repo.coverage(kDaily), expected);
        QVERIFY(repo.coverage({QStringLiteral("005930"), Interval::Week, true})->isEmpty());
    }

    void missing_data()
    {
        QTest::addColumn<TimeRange>("requested");
        QTest::addColumn<TimeRanges>("expected");
        // Covered: [100, 200] and [300, 400].
        QTest::newRow("all covered") << TimeRange{120, 180} << TimeRanges{};
        QTest::newRow("before") << TimeRange{0, 50} << TimeRanges{{0, 50}};
        QTest::newRow("head") << TimeRange{50, 150} << TimeRanges{{50, 99}};
        QTest::newRow("middle gap") << TimeRange{150, 350} << TimeRanges{{201, 299}};
        QTest::newRow("around") << TimeRange{0, 500} << TimeRanges{{0, 99}, {201, 299}, {401, 500}};
        QTest::newRow("exact") << TimeRange{100, 200} << TimeRanges{};
        QTest::newRow("tail") << TimeRange{350, 450} << TimeRanges{{401, 450}};
    }

    void missing()
    {
        QFETCH(TimeRange, requested);
        QFETCH(TimeRanges, expected);
        BarRepository repo(m_store.db());
        QVERIFY(repo.addCoverage(kDaily, {300, 400}).ok());
        QVERIFY(repo.addCoverage(kDaily, {100, 200}).ok());
        QCOMPARE(*repo.missing(kDaily, requested), expected);
    }

    void storeIsOneTransaction()
    {
        BarRepository repo(m_store.db());
        QVERIFY(repo.store(kDaily, {bar(10, 1), bar(20, 2)}, TimeRange{0, 25}).ok());
        QCOMPARE(repo.range(kDaily, 0, 100, 10)->bars.size(), 2);
        QCOMPARE(*repo.coverage(kDaily), (TimeRanges{{0, 25}}));
        // An invalid coverage range fails the whole store: the bars are not kept either.
        QVERIFY(!repo.store(kDaily, {bar(30, 3)}, TimeRange{50, 40}).ok());
        QCOMPARE(repo.range(kDaily, 0, 100, 10)->bars.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStorageBars)
#include "tst_storage_bars.moc"
