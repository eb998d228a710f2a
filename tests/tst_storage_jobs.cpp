// PinnedRepository and JobRepository.
#include "core/storage/database.h"
#include "core/storage/jobrepository.h"
#include "core/storage/pinnedrepository.h"
#include "migrateddb.h"
#include <QSqlQuery>
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
        Job job{.kind = JobKind::Backfill, .state = JobState::Queued, .total = 200};
        const QByteArray params = R"({"codes":"kospi200","interval":"1d","from":"2024-01-01"})";
        auto id = repo.insert(job, params);
        QVERIFY(id.ok() && *id > 0);
        auto got = repo.get(*id);
        QVERIFY(got.ok() && got->has_value());
        job.id = *id;
        QCOMPARE((*got)->job, job);
        QCOMPARE((*got)->params, params);

        job.state = JobState::Running;
        job.done = 50;
        job.startedAtMs = 1000;
        QVERIFY(repo.update(job).ok());
        QCOMPARE((*repo.get(*id))->job, job);
        QCOMPARE((*repo.get(*id))->params, params); // kept by updates

        const qint64 other = *repo.insert({.kind = JobKind::CodeSync, .state = JobState::Running}, {});
        auto open = repo.unfinished();
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).job.id, *id);

        job.state = JobState::Failed;
        job.finishedAtMs = 2000;
        job.error = QStringLiteral("feed disconnected");
        QVERIFY(repo.update(job).ok());
        open = repo.unfinished();
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->at(0).job.id, other);
        QCOMPARE((*repo.get(*id))->job.error, QStringLiteral("feed disconnected"));

        QVERIFY(!repo.get(9999)->has_value());
        QCOMPARE(repo.update(Job{.id = 9999, .state = JobState::Done}).error().code, ErrorCode::NotFound);
    }

    void namesAreTheContractsAndStrangeRowsReadAsFailed()
    {
        JobRepository repo(m_store.db());
        const qint64 id = *repo.insert({.kind = JobKind::Backfill, .state = JobState::Running}, {});
        QSqlQuery q(m_store.db());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, state FROM jobs WHERE id = %1").arg(id)) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("backfill"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("running"));
        // A row this program did not write: never resumed, shown as failed.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO jobs(kind, state, done, total) VALUES('mystery', 'paused', 0, 0)")));
        const auto strange = repo.get(q.lastInsertId().toLongLong());
        QVERIFY(strange.ok() && strange->has_value());
        QCOMPARE((*strange)->job.kind, JobKind::CodeSync);
        QCOMPARE((*strange)->job.state, JobState::Failed);
    }
};

QTEST_GUILESS_MAIN(TestStorageJobs)
#include "tst_storage_jobs.moc"
