// Code sync through the ServiceHub: every listed code stored with its master fields in one
// go, vanished codes marked delisted, a second concurrent sync refused, the automatic sync at
// start when the table is empty or from an earlier KST day.
#include "core/storage/stockrepository.h"
#include "servicesrig.h"
#include <QSignalSpy>

using namespace cybos;
using namespace cybos::test;

class TestCodeSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncStoresEveryCodeAndMarksVanishedOnesDelisted()
    {
        ServicesRig rig;
        rig.feed.setListing(30, 4);
        QSignalSpy jobs(rig.hub.get(), &FeedServices::jobChanged);
        const auto start = rig.await(rig.hub->startCodeSync());
        QVERIFY(start && start->started);
        const auto job = rig.awaitJob(start->job.id);
        QCOMPARE(job->state, JobState::Done);
        QCOMPARE(job->kind, JobKind::CodeSync);
        QCOMPARE(job->done, 30);
        QCOMPARE(job->total, 30);
        QVERIFY(jobs.count() >= 2);
        StockRepository repo(rig.db());
        QCOMPARE(*repo.count(), 30);
        const auto perMarket = *repo.countsByMarket();
        QCOMPARE(perMarket.value(QStringLiteral("kospi")), 15);
        QCOMPARE(perMarket.value(QStringLiteral("kosdaq")), 15);
        const Stock first = **repo.get(rig.feed.stocks().first().code);
        QCOMPARE(first.kospi200, true);
        QCOMPARE(first.prevClose, rig.feed.stocks().first().prevClose);
        QCOMPARE(first.upperLimit, rig.feed.stocks().first().upperLimit);
        QVERIFY(*repo.lastSyncMs() > 0);

        // Five codes disappear from the listing.
        rig.feed.setListing(25, 4);
        const auto again = rig.await(rig.hub->startCodeSync());
        QCOMPARE(rig.awaitJob(again->job.id)->state, JobState::Done);
        QCOMPARE(*repo.count(), 30);
        QCOMPARE((*repo.get(QStringLiteral("100290")))->status, QStringLiteral("delisted"));
        QCOMPARE((*repo.get(QStringLiteral("100000")))->status, QStringLiteral("normal"));
        // The known codes follow: a delisted code is unknown to the services now.
        const auto q = rig.await(rig.hub->quote(QStringLiteral("100290"), false, 1000));
        QCOMPARE(q->error().code, ErrorCode::UnknownCode);
    }

    void secondConcurrentSyncIsRefused()
    {
        ServicesRig rig;
        const auto first = rig.await(rig.hub->startCodeSync());
        QVERIFY(first->started);
        const auto second = rig.await(rig.hub->startCodeSync());
        QVERIFY(second);
        if (rig.hub->job(first->job.id)->state == JobState::Running) {
            QVERIFY(!second->started);
            QCOMPARE(second->job.id, first->job.id);
        }
        QCOMPARE(rig.awaitJob(first->job.id)->state, JobState::Done);
        const auto third = rig.await(rig.hub->startCodeSync());
        QVERIFY(third->started);
        QVERIFY(third->job.id != first->job.id);
        rig.awaitJob(third->job.id);
    }

    void automaticSyncWhenEmptyOrFromAnEarlierDay()
    {
        ServicesRig rig(true);
        StockRepository repo(rig.db());
        QVERIFY(rig.settle([&]() { return *repo.count() == 20; }));
        QVERIFY(rig.settle([&]() { return !rig.hub->codeSync()->isRunning(); }));
        // A restart the same day does not sync again...
        rig.makeHub(true);
        QVERIFY(!rig.hub->codeSync()->isRunning());
        QVERIFY(!rig.hub->codeSync()->isStale());
        // ...and a server still running on the next KST day syncs by itself.
        QSignalSpy jobs(rig.hub.get(), &FeedServices::jobChanged);
        rig.clock.advance(24LL * 3600 * 1000);
        QVERIFY(rig.settle([&]() {
            return std::any_of(jobs.cbegin(), jobs.cend(), [](const QList<QVariant> &args) {
                const Job j = args.at(0).value<Job>();
                return j.kind == JobKind::CodeSync && j.state == JobState::Done;
            });
        }));
    }

    void automaticSyncWaitsForTheFeed()
    {
        ServicesRig rig;
        rig.feed.disconnect();
        rig.makeHub(true);
        QVERIFY(!rig.hub->codeSync()->isRunning());
        rig.feed.reconnect();
        QVERIFY(rig.hub->codeSync()->isRunning());
        StockRepository repo(rig.db());
        QVERIFY(rig.settle([&]() { return *repo.count() == 20; }));
    }

    void syncFailsCleanlyWhenTheFeedIsDown()
    {
        ServicesRig rig;
        rig.feed.disconnect();
        const auto start = rig.await(rig.hub->startCodeSync());
        QVERIFY(start->started);
        const auto job = rig.awaitJob(start->job.id);
        QCOMPARE(job->state, JobState::Failed);
        QVERIFY(!job->error.isEmpty());
        QVERIFY(!rig.hub->codeSync()->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestCodeSync)
#include "tst_codesync.moc"
