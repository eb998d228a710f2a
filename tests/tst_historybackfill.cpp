// Backfill jobs through the ServiceHub on a FakeFeed: progress, "kospi200", the lowest
// priority of the request budget, disconnects waited out, and resumption after a restart.
#include "core/storage/barrepository.h"
#include "core/storage/jobrepository.h"
#include "servicesrig.h"
#include <QSignalSpy>

using namespace cybos;
using namespace cybos::test;

namespace {
int pagesFor(int bars)
{
    return (bars + 49) / 50;
}

int storedBars(ServicesRig &rig, const QString &code)
{
    const auto page = BarRepository(rig.db()).range(BarKey{code, Interval::Day, true}, 0, rig.clock.nowMs() + 1, 10000);
    return page ? int(page->bars.size()) : -1;
}

QStringList firstCodes(const FakeFeed &feed, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(feed.stocks().at(i).code);
    return out;
}
} // namespace

class TestHistoryBackfill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backfillReportsProgressAndStoresEveryCode()
    {
        ServicesRig rig;
        QSignalSpy changed(rig.hub.get(), &FeedServices::jobChanged);
        const QDate from = rig.today().addDays(-100);
        const QStringList codes = firstCodes(rig.feed, 3);
        const auto start = rig.await(rig.hub->startBackfill({codes, Interval::Day, from}));
        QVERIFY(start && start->ok() && (*start)->started);
        const auto job = rig.awaitJob((*start)->job.id);
        QCOMPARE(job->state, JobState::Done);
        QCOMPARE(job->kind, JobKind::Backfill);
        QCOMPARE(job->done, 3);
        QCOMPARE(job->total, 3);
        QVERIFY(job->finishedAtMs >= job->startedAtMs);
        QList<qint64> progress;
        for (const auto &args : changed)
            progress.append(args.at(0).value<Job>().done);
        QVERIFY(progress.contains(1) && progress.contains(2));
        const int n = ServicesRig::weekdays(from, rig.today());
        for (const QString &code : codes)
            QCOMPARE(storedBars(rig, code), n);
        // The table follows asynchronously (the storage thread writes it).
        QVERIFY(rig.settle([&]() { return (*JobRepository(rig.db()).get(job->id))->job.state == JobState::Done; }));
        const auto row = JobRepository(rig.db()).get(job->id);
        QVERIFY(BackfillRunner::fromJson((*row)->params).has_value());
    }

    void kospi200ExpandsToTheIndexMembers()
    {
        ServicesRig rig;
        const auto sync = rig.await(rig.hub->startCodeSync());
        rig.awaitJob(sync->job.id);
        const auto start = rig.await(rig.hub->startBackfill({{QStringLiteral("kospi200")}, Interval::Day,
                                                             rig.today().addDays(-10)}));
        QCOMPARE((*start)->job.total, 5);
        QCOMPARE(rig.awaitJob((*start)->job.id)->state, JobState::Done);
        const auto unknown = rig.await(rig.hub->startBackfill({{QStringLiteral("999990")}, Interval::Day, {}}));
        QCOMPARE(unknown->error().code, ErrorCode::UnknownCode);
        const auto invalid = rig.await(rig.hub->startBackfill({{QStringLiteral("x")}, Interval::Day, {}}));
        QCOMPARE(invalid->error().code, ErrorCode::InvalidCode);
    }

    void interactiveCallersGoFirst()
    {
        ServicesRig rig;
        rig.feed.setChartPageSize(20);   // about 40 pages a code: more than one window
        const auto start = rig.await(rig.hub->startBackfill({firstCodes(rig.feed, 3), Interval::Day, QDate()}));
        const qint64 id = (*start)->job.id;
        QVERIFY(rig.settle([&]() { return rig.hub->scheduler()->queued()[2] > 0; }));
        // The window is in use by the backfill; a REST caller waits at most one window.
        const auto quote = rig.await(rig.hub->quote(rig.feed.stocks().at(5).code, true, 20000));
        QVERIFY(quote->ok());
        QCOMPARE(rig.hub->job(id)->state, JobState::Running);
        QCOMPARE(rig.awaitJob(id)->state, JobState::Done);
        QCOMPARE(rig.feed.blocked(), 0);
    }

    void disconnectIsWaitedOut()
    {
        ServicesRig rig;
        rig.feed.setAnswerDelay(500);
        const QDate from = rig.today().addDays(-400);
        const QStringList codes = firstCodes(rig.feed, 3);
        const auto start = rig.await(rig.hub->startBackfill({codes, Interval::Day, from}));
        QVERIFY(rig.settle([&]() { return rig.feed.chartPages() >= 8 && rig.feed.pendingAnswers() == 1; }));
        rig.feed.disconnect();
        rig.clock.advance(30'000);
        QCOMPARE(rig.hub->job((*start)->job.id)->state, JobState::Running);
        rig.feed.reconnect();
        const auto job = rig.awaitJob((*start)->job.id);
        QCOMPARE(job->state, JobState::Done);
        QVERIFY(job->error.isEmpty());
        const int n = ServicesRig::weekdays(from, rig.today());
        for (const QString &code : codes)
            QCOMPARE(storedBars(rig, code), n);
        QCOMPARE(rig.feed.chartPages(), 3 * pagesFor(n));   // nothing fetched twice
    }

    void unfinishedJobResumesAfterARestart()
    {
        ServicesRig rig;
        rig.feed.setAnswerDelay(500);
        const QDate from = rig.today().addDays(-400);
        const QStringList codes = firstCodes(rig.feed, 3);
        const auto start = rig.await(rig.hub->startBackfill({codes, Interval::Day, from}));
        const qint64 id = (*start)->job.id;
        QVERIFY(rig.settle([&]() { return rig.hub->job(id)->done == 1 && rig.feed.pendingAnswers() == 1; }));
        rig.settle([]() { return false; }, 200);   // let the progress reach the table
        rig.makeHub();                              // a restart: the job is still "running" in the table
        rig.feed.setAnswerDelay(0);
        const auto job = rig.awaitJob(id);
        QCOMPARE(job->state, JobState::Done);
        QCOMPARE(job->done, 3);
        const int n = ServicesRig::weekdays(from, rig.today());
        for (const QString &code : codes)
            QCOMPARE(storedBars(rig, code), n);
        // At most the one page in flight at the restart was fetched twice.
        QVERIFY(rig.feed.chartPages() <= 3 * pagesFor(n) + 1);
        QVERIFY(rig.settle([&]() { return (*JobRepository(rig.db()).get(id))->job.state == JobState::Done; }));
    }
};

QTEST_GUILESS_MAIN(TestHistoryBackfill)
#include "tst_historybackfill.moc"
