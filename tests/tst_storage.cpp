// Database connections, pragmas, migrations (fresh and from an older version), meta, and the
// errors of an unusable path or a full database.
#include "app/cmd_initdb.h"
#include "core/log/eventlog.h"
#include "core/storage/database.h"
#include "core/storage/metarepository.h"
#include "core/storage/migrations.h"
#include "core/storage/storage.h"
#include "core/pipeline/seqsource.h"
#include "core/storage/tickrepository.h"
#include "core/storage/tickwriter.h"
#include "tempdb.h"
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace cybos;

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList tables(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table','index') AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseGetsLatestSchemaAndPragmas()
    {
        test::TempDb tmp;
        Database database(tmp.path());
        auto db = database.connection(DbAccess::ReadWrite);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(*Database::schemaVersion(*db), 0);
        auto version = Database::migrate(*db);
        QVERIFY(version.ok());
        QCOMPARE(*version, Database::kSchemaVersion);
        QCOMPARE(Database::kSchemaVersion, Migrations::latest());
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::kBusyTimeoutMs);
        const QStringList names = tables(*db);
        for (const char *t : {"meta", "stocks", "ticks", "ticks_code_time", "bars", "bar_coverage", "pinned",
                              "jobs", "stocks_market", "jobs_state"})
            QVERIFY2(names.contains(QString::fromLatin1(t)), t);
        auto instance = MetaRepository(*db).get(MetaKey::InstanceId);
        QVERIFY(instance.ok() && instance->has_value() && (*instance)->size() == 36);
        // Migrating again changes nothing.
        QCOMPARE(*Database::migrate(*db), Database::kSchemaVersion);
    }

    void migratesFromVersionOneKeepingData()
    {
        test::TempDb tmp;
        Database database(tmp.path());
        QSqlDatabase db = *database.connection(DbAccess::ReadWrite);
        QCOMPARE(*Database::migrate(db, 1), 1);
        QVERIFY(!tables(db).contains(QStringLiteral("stocks_market")));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO pinned(code, pinned_at) VALUES('005930', 1)")));
        const QString instance = **MetaRepository(db).get(MetaKey::InstanceId);
        QCOMPARE(*Database::migrate(db), Database::kSchemaVersion);
        QVERIFY(tables(db).contains(QStringLiteral("stocks_market")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT code FROM pinned")).toString(), QStringLiteral("005930"));
        QCOMPARE(**MetaRepository(db).get(MetaKey::InstanceId), instance);
    }

    void refusesNewerSchema()
    {
        test::TempDb tmp;
        Database database(tmp.path());
        QSqlDatabase db = *database.connection(DbAccess::ReadWrite);
        QVERIFY(Database::migrate(db).ok());
        QVERIFY(MetaRepository(db).setInt(MetaKey::SchemaVersion, Migrations::latest() + 1).ok());
        auto result = Database::migrate(db);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("newer")) || result.error().message.contains(QStringLiteral("knows")));
    }

    void failedStepRollsBack()
    {
        test::TempDb tmp;
        Database database(tmp.path());
        QSqlDatabase db = *database.connection(DbAccess::ReadWrite);
        QCOMPARE(*Database::migrate(db, 1), 1);
        // Occupy the name step 2 creates: the step fails and leaves version 1 intact.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE jobs_state (x)")));
        QVERIFY(!Database::migrate(db).ok());
        QCOMPARE(*Database::schemaVersion(db), 1);
        QVERIFY(!tables(db).contains(QStringLiteral("stocks_market")));
    }

    void readOnlyConnectionRefusesWrites()
    {
        test::TempDb tmp;
        Database database(tmp.path());
        QVERIFY(Database::migrate(*database.connection(DbAccess::ReadWrite)).ok());
        auto ro = database.connection(DbAccess::ReadOnly);
        QVERIFY(ro.ok());
        QVERIFY(!MetaRepository(*ro).set(QStringLiteral("k"), QStringLiteral("v")).ok());
        QVERIFY(MetaRepository(*ro).get(MetaKey::InstanceId)->has_value());
    }

    void readOnlyConnectionNeedsExistingFile()
    {
        test::TempDb tmp;
        Database database(tmp.path());
        auto ro = database.connection(DbAccess::ReadOnly);
        QVERIFY(!ro.ok());
        QCOMPARE(ro.error().code, ErrorCode::StorageUnavailable);
        QVERIFY(!QFile::exists(tmp.path()));
    }

    void eachThreadGetsItsOwnConnection()
    {
        test::TempDb tmp;
        Database database(tmp.path());
        QVERIFY(Database::migrate(*database.connection(DbAccess::ReadWrite)).ok());
        const QString mine = database.connection(DbAccess::ReadOnly)->connectionName();
        QString theirs;
        bool readOk = false;
        QThread *thread = QThread::create([&] {
            auto db = database.connection(DbAccess::ReadOnly);
            theirs = db->connectionName();
            readOk = MetaRepository(*db).get(MetaKey::SchemaVersion)->has_value();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(readOk);
        QVERIFY(!theirs.isEmpty() && theirs != mine);
        QVERIFY(!QSqlDatabase::contains(theirs)); // removed when that thread finished
        delete thread;
        database.closeThreadConnections();
        QVERIFY(!QSqlDatabase::contains(mine));
    }

    void metaRoundTrip()
    {
        test::TempDb tmp;
        Database database(tmp.path());
        QSqlDatabase db = *database.connection(DbAccess::ReadWrite);
        QVERIFY(Database::migrate(db).ok());
        MetaRepository meta(db);
        QVERIFY(!meta.get(QStringLiteral("nothing"))->has_value());
        QCOMPARE(*meta.getInt(QStringLiteral("nothing"), 42), 42);
        QVERIFY(meta.setInt(MetaKey::ForwardCursor, 1234567890123LL).ok());
        QCOMPARE(*meta.getInt(MetaKey::ForwardCursor), 1234567890123LL);
        QVERIFY(meta.set(MetaKey::ForwardCursor, QStringLiteral("x")).ok());
        QVERIFY(!meta.getInt(MetaKey::ForwardCursor).ok());
    }

    void initDbCommandCreatesAndMigrates()
    {
        test::TempDb tmp;
        Config config;
        config.dbPath = tmp.dir() + QStringLiteral("/new/folder/cybos.db");
        QCOMPARE(runInitDb(config), 0);
        QCOMPARE(runInitDb(config), 0); // again: nothing to do, still fine
        {
            Database database(config.dbPath);
            QCOMPARE(*Database::schemaVersion(*database.connection(DbAccess::ReadOnly)), Database::kSchemaVersion);
        }
        config.dbPath = config.dbPath + QStringLiteral("/below-a-file.db");
        QCOMPARE(runInitDb(config), 1);
    }

    void unusablePathIsAClearError()
    {
        test::TempDb tmp;
        QFile blocker(tmp.dir() + QStringLiteral("/file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EventLog events;
        // A folder that cannot exist: its parent is a regular file.
        Storage storage(StorageOptions{.path = tmp.dir() + QStringLiteral("/file/sub/test.db")}, &events);
        auto st = storage.open();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::StorageUnavailable);
        QVERIFY(st.error().message.contains(QStringLiteral("test.db")));
        QVERIFY(!storage.isOpen());
    }

    void readOnlyFileKeepsServingReads()
    {
        test::TempDb tmp;
        {
            Storage storage(StorageOptions{.path = tmp.path(), .retentionDays = 0});
            QVERIFY(storage.open().ok());
            storage.tickWriter()->submit({Tick{.seq = storage.seqSource()->next(), .code = QStringLiteral("005930")}});
        } // clean shutdown: flushed, WAL checkpointed into the file
        // Root ignores file modes; an immutable file is read-only even for root.
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), tmp.path()}) != 0)
            QSKIP("this file system or user cannot make a file immutable");
        auto undo = qScopeGuard([&] { QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), tmp.path()}); });
        EventLog events;
        Storage storage(StorageOptions{.path = tmp.path()}, &events);
        QVERIFY(storage.open().ok());
        QVERIFY(!storage.isWritable());
        QVERIFY2(storage.status().lastError.contains(QStringLiteral("cannot be written")), qPrintable(storage.status().lastError));
        QVERIFY(events.lastError().has_value());
        QCOMPARE(storage.status().ticks, 1);
        auto reader = storage.database().connection(DbAccess::ReadOnly);
        QVERIFY(reader.ok());
        QCOMPARE(*TickRepository(*reader).count(), 1);
        const qint64 next = storage.seqSource()->next();
        QVERIFY(next > 1);
        storage.tickWriter()->submit({Tick{.seq = next, .code = QStringLiteral("005930")}});
        QCOMPARE(storage.status().droppedTicks, 1); // visible, not silently lost
        storage.shutdown();
    }

    void fullDatabaseKeepsServingReads()
    {
        test::TempDb tmp;
        EventLog events;
        Storage storage(StorageOptions{.path = tmp.path(), .maxSizeBytes = 256 * 1024}, &events);
        QVERIFY(storage.open().ok());
        TickList ticks;
        for (int i = 1; i <= 20000; ++i)
            ticks.append(Tick{.seq = storage.seqSource()->next(), .code = QStringLiteral("005930"), .timeMs = i, .price = 70000});
        storage.tickWriter()->submit(ticks);
        QTRY_VERIFY_WITH_TIMEOUT(!storage.status().lastError.isEmpty(), 10000);
        const SystemStatus::Database status = storage.status();
        QVERIFY2(status.lastError.contains(QStringLiteral("full")), qPrintable(status.lastError));
        QVERIFY(status.writerBacklog > 0); // kept for a retry, not lost silently
        QTRY_VERIFY(events.lastError().has_value()); // logged just after lastError is set
        QCOMPARE(events.lastError()->source, QStringLiteral("storage"));
        auto reader = storage.database().connection(DbAccess::ReadOnly);
        QVERIFY(reader.ok());
        QVERIFY(TickRepository(*reader).maxSeq().ok());
        storage.shutdown();
        QCOMPARE(storage.status().droppedTicks, 20000); // counted, not silently lost
        bool reported = false;
        for (const LogEvent &e : events.recent())
            reported = reported || e.message.contains(QStringLiteral("could not be stored before shutdown"));
        QVERIFY(reported);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
