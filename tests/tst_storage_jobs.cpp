// PinnedRepository and JobRepository.
#include "core/storage/database.h"
#include "core/storage/jobrepository.h"
#include "core/storage/pinnedrepository.h"
#include "migrateddb.h"
#include <QTest>

using namespace cybos;

class TestStorageJobs : public QObject
{
    Q_OBJECT
    test::MigratedDb m_store;

private Q_SLOTS:
    void init() { QVERIFY(m_store.create()); }

    void cleanup() { m_store.drop(); }

    void pinAndUnpin()
    {
        PinnedRepository repo(m_store.db());
        QVERIFY(repo.list()->isEmpty());
        QVERIFY(repo.pin({QStringLiteral("005930"), QStringLiteral("000660")}, 100).ok());
        QVERIFY(repo.pin({QStringLiteral("035720"), QStringLiteral("005930")}, 200).ok()); // re-pin keeps time
        QCOMPARE(*repo.list(), (QStringList{QStringLiteral("000660"), QStringLiteral("005930"), QStringLiteral("035720")}));
        QCOMPARE(*repo.unpin(QStringLiteral("005930")), true);
        QCOMPARE(*repo.unpin(QStringLiteral("005930")), false);
        QCOMPARE(*repo.list(), (QStringList{QStringLiteral("000660"), QStringLiteral("035720")}));
    }

    void jobLifecycle()
    {
        JobRepository repo(m_store.db());
        Job job{.kind = QStringLiteral("backfill"), .state = QStringLiteral("queued"), .total = 200};
        const QByteArray params = R"({"codes":"kospi200","interval":"1d","from":"2024-01-01"})";
        auto id = repo.insert(job, params);
        QVERIFY(id.ok() && *id > 0);
        auto got = repo.get(*id);
        QVERIFY(got.ok() && got->has_value());
        job.id = *id;
        QCOMPARE((*got)->job, job);
        QCOMPARE((*got)->params, params);

        job.state = QStringLiteral("running");
        job.done = 50;
        job.startedAtMs = 1000;
        QVERIFY(repo.update(job).ok());
        QCOMPARE((*repo.get(*id))->job, job);
        QCOMPARE((*repo.get(*id))->params, params); // kept by updates

        const qint64 other = *repo.insert({.kind = QStringLiteral("code_sync"), .state = QStringLiteral("running")}, {});
        auto open = repo.unfinished();
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).job.id, *id);

        job.state = QStringLiteral("failed");
        job.finishedAtMs = 2000;
        job.error = QStringLiteral("feed disconnected");
        QVERIFY(repo.update(job).ok());
        open = repo.unfinished();
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->at(0).job.id, other);
        QCOMPARE((*repo.get(*id))->job.error, QStringLiteral("feed disconnected"));

        QVERIFY(!repo.get(9999)->has_value());
        QCOMPARE(repo.update(Job{.id = 9999, .state = QStringLiteral("done")}).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestStorageJobs)
#include "tst_storage_jobs.moc"
