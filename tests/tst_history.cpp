// History on demand and backfill jobs through the ServiceHub on a FakeFeed: only missing
// ranges are fetched, a repeated call costs nothing, adjusted and raw series stay apart,
// interrupted fetches resume without duplicates or gaps, jobs report progress and resume.
#include "core/storage/barrepository.h"
#include "servicesrig.h"
#include <QSignalSpy>

using namespace cybos;
using namespace cybos::test;

namespace {
int pagesFor(int bars, int pageSize = 50)
{
    return (bars + pageSize - 1) / pageSize;
}

BarList stored(ServicesRig &rig, const QString &code, bool adjusted, Interval interval = Interval::Day)
{
    const auto page = BarRepository(rig.db()).range(BarKey{code, interval, adjusted}, 0, rig.clock.nowMs() + 1, 10000);
    return page ? page->bars : BarList();
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesOnlyWhatIsMissing()
    {
        ServicesRig rig;
        const QString code = rig.feed.stocks().first().code;
        const QDate from = rig.today().addDays(-60);
        const ChartQuery query{code, Interval::Day, true, from, QDate()};
        QVERIFY(rig.await(rig.hub->ensureHistory(query, 5000))->ok());
        const int n = ServicesRig::weekdays(from, rig.today());
        QCOMPARE(rig.feed.chartPages(), pagesFor(n));
        const BarList bars = stored(rig, code, true);
        QCOMPARE(bars.size(), n);
        for (const Bar &b : bars)
            QCOMPARE(b, FakeFeed::barAt(code, b.timeMs, true));
        QCOMPARE(rig.feed.openCharts(), 0);

        // The same call again, also half a minute later: no feed request.
        const qint64 requests = rig.feed.requests();
        QVERIFY(rig.await(rig.hub->ensureHistory(query, 5000))->ok());
        rig.clock.advance(30 * 1000);
        QVERIFY(rig.await(rig.hub->ensureHistory(query, 5000))->ok());
        QCOMPARE(rig.feed.requests(), requests);
        // A range inside what is stored: nothing either.
        const ChartQuery inner{code, Interval::Day, true, from.addDays(10), from.addDays(30)};
        QVERIFY(rig.await(rig.hub->ensureHistory(inner, 5000))->ok());
        QCOMPARE(rig.feed.requests(), requests);
        // Reaching further back fetches only the older part.
        const QDate earlier = from.addDays(-120);
        QVERIFY(rig.await(rig.hub->ensureHistory({code, Interval::Day, true, earlier, QDate()}, 5000))->ok());
        const int older = ServicesRig::weekdays(earlier, from.addDays(-1));
        QCOMPARE(rig.feed.requests() - requests, pagesFor(older));
        QCOMPARE(stored(rig, code, true).size(), n + older);
        QCOMPARE(BarRepository(rig.db()).coverage(BarKey{code, Interval::Day, true})->size(), 1);
        // Later on, the live end is fetched again (one page), which refreshes today's bar.
        const qint64 before = rig.feed.requests();
        rig.clock.advance(10 * 60 * 1000);
        QVERIFY(rig.await(rig.hub->ensureHistory(query, 5000))->ok());
        QCOMPARE(rig.feed.requests() - before, 1);
    }

    void adjustedAndRawStayApart()
    {
        ServicesRig rig;
        const QString code = rig.feed.stocks().at(1).code;
        const QDate from(2024, 3, 1), to(2024, 4, 30);
        QVERIFY(rig.await(rig.hub->ensureHistory({code, Interval::Day, true, from, to}, 5000))->ok());
        const qint64 afterAdjusted = rig.feed.requests();
        QVERIFY(rig.await(rig.hub->ensureHistory({code, Interval::Day, false, from, to}, 5000))->ok());
        QVERIFY(rig.feed.requests() > afterAdjusted);   // the raw series is its own
        const BarList adjusted = stored(rig, code, true);
        const BarList raw = stored(rig, code, false);
        QCOMPARE(adjusted.size(), ServicesRig::weekdays(from, to));
        QCOMPARE(raw.size(), adjusted.size());
        for (qsizetype i = 0; i < raw.size(); ++i)
            QCOMPARE(raw[i].close, adjusted[i].close * 2);   // the fake 2:1 split before 2025
    }

    void minuteBarsOfAPastDay()
    {
        ServicesRig rig;
        QDate day = rig.today().addDays(-1);
        while (day.dayOfWeek() > 5)
            day = day.addDays(-1);
        const QString code = rig.feed.stocks().at(2).code;
        const ChartQuery query{code, Interval::Min5, true, day, day};
        QVERIFY(rig.await(rig.hub->ensureHistory(query, 5000))->ok());
        QCOMPARE(stored(rig, code, true, Interval::Min5).size(), 390 / 5);
        const qint64 requests = rig.feed.requests();
        QVERIFY(rig.await(rig.hub->ensureHistory(query, 5000))->ok());
        QCOMPARE(rig.feed.requests(), requests);
    }

    void interruptedFetchResumesWithoutDuplicatesOrGaps()
    {
        ServicesRig rig;
        rig.feed.setAnswerDelay(1000);
        const QString code = rig.feed.stocks().first().code;
        const QDate from = rig.today().addDays(-400);
        const ChartQuery query{code, Interval::Day, true, from, QDate()};
        std::optional<Status> first;
        QCoro::connect(rig.hub->ensureHistory(query, -1), rig.hub.get(), [&](const Status &s) { first = s; });
        // Three pages stored, the fourth in flight: the link drops.
        QVERIFY(rig.settle([&]() { return rig.feed.chartPages() == 3 && rig.feed.pendingAnswers() == 1; }));
        rig.feed.disconnect();
        QVERIFY(rig.settle([&]() { return first.has_value(); }));
        QCOMPARE(first->error().code, ErrorCode::FeedDisconnected);
        QCOMPARE(stored(rig, code, true).size(), 150);

        rig.feed.reconnect();
        const int n = ServicesRig::weekdays(from, rig.today());
        const qint64 pagesBefore = rig.feed.chartPages();
        QVERIFY(rig.await(rig.hub->ensureHistory(query, -1))->ok());
        QCOMPARE(rig.feed.chartPages() - pagesBefore, pagesFor(n - 150));
        const BarList bars = stored(rig, code, true);
        QCOMPARE(bars.size(), n);
        for (const Bar &b : bars)
            QCOMPARE(b, FakeFeed::barAt(code, b.timeMs, true));
        QCOMPARE(BarRepository(rig.db()).coverage(BarKey{code, Interval::Day, true})->size(), 1);
    }

    void historyCallerIsRefusedWhenTheWaitIsTooLong()
    {
        ServicesRig rig;
        for (int i = 0; i < 60; ++i)
            QVERIFY(rig.await(rig.hub->scheduler()->acquire(RequestPriority::Interactive, 0))->ok());
        const QString code = rig.feed.stocks().first().code;
        const auto s = rig.await(rig.hub->ensureHistory({code, Interval::Day, true, rig.today().addDays(-30), QDate()}, 1000));
        QCOMPARE(s->error().code, ErrorCode::BudgetExhausted);
        QVERIFY(s->error().retryAfterMs > 1000);
        const auto bad = rig.await(rig.hub->ensureHistory({QStringLiteral("12x"), Interval::Day, true, {}, {}}, 1000));
        QCOMPARE(bad->error().code, ErrorCode::InvalidCode);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
