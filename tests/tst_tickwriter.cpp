// TickWriter: flush by size and by time, bounded backlog with counted drops, failures kept
// for a retry, and the flush at shutdown through Storage.
#include "core/log/eventlog.h"
#include "core/pipeline/seqsource.h"
#include "core/storage/database.h"
#include "core/storage/storage.h"
#include "core/storage/tickrepository.h"
#include "core/storage/tickwriter.h"
#include "migrateddb.h"
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace cybos;

namespace {

TickList ticks(qint64 firstSeq, int n, qint64 timeMs = 1000)
{
    TickList out;
    for (int i = 0; i < n; ++i)
        out << Tick{.seq = firstSeq + i, .code = QStringLiteral("005930"), .timeMs = timeMs + i, .price = 70000};
    return out;
}

qint64 stored(QSqlDatabase db)
{
    return *TickRepository(db).count();
}

} // namespace

class TestTickWriter : public QObject
{
    Q_OBJECT
    test::MigratedDb m_store;

    StorageOptions options(int batchRows, int intervalMs, qint64 maxBacklog = 500'000)
    {
        return StorageOptions{.path = m_store.path(), .retentionDays = 0, .batchRows = batchRows, .flushIntervalMs = intervalMs,
                              .maxBacklog = maxBacklog};
    }

private Q_SLOTS:
    void init() { QVERIFY(m_store.create()); }

    void cleanup() { m_store.drop(); }

    void flushesFullBatchesWithoutWaitingForTheTimer()
    {
        TickWriter writer(m_store.db(), options(100, 3'600'000), nullptr);
        writer.start();
        QSignalSpy committed(&writer, &TickWriter::batchCommitted);
        writer.submit(ticks(1, 120));
        writer.submit(ticks(121, 130));
        QTRY_COMPARE(committed.size(), 2);
        QCOMPARE(committed.at(0).at(1).toInt(), 100);   // rows per transaction: batchRows
        QCOMPARE(committed.at(1).at(0).toLongLong(), 200);
        QVERIFY(committed.at(0).at(2).toLongLong() >= 0);
        QCOMPARE(writer.backlog(), 50);                  // below a batch: waits for the timer
        QCOMPARE(writer.committedSeq(), 200);
        QCOMPARE(stored(m_store.db()), 200);
        QVERIFY(writer.flushAll());
        QCOMPARE(writer.backlog(), 0);
        QCOMPARE(writer.committedSeq(), 250);
        QCOMPARE(writer.stored(), 250);
    }

    void flushesSmallBatchesOnTheTimer()
    {
        TickWriter writer(m_store.db(), options(5000, 20), nullptr);
        writer.start();
        QSignalSpy committed(&writer, &TickWriter::batchCommitted);
        writer.submit(ticks(1, 3));
        QTRY_COMPARE(writer.committedSeq(), 3);
        QCOMPARE(committed.size(), 1);
        QCOMPARE(writer.newestTimeMs(), 1002);
        QCOMPARE(stored(m_store.db()), 3);
    }

    void boundedBacklogCountsDrops()
    {
        EventLog events;
        TickWriter writer(m_store.db(), options(1000, 3'600'000, 100), &events);
        writer.submit(ticks(1, 60));
        writer.submit(ticks(61, 60));    // 20 of these do not fit
        writer.submit(ticks(121, 5));    // none fit
        QCOMPARE(writer.backlog(), 100);
        QCOMPARE(writer.dropped(), 25);
        QVERIFY(writer.lastError().contains(QStringLiteral("backlog")));
        QCOMPARE(events.recent().size(), 1); // said once, not per dropped batch
        QVERIFY(writer.flushAll());
        // What was kept is the oldest part, in seq order: no holes before the last stored seq.
        QCOMPARE(writer.committedSeq(), 100);
        QCOMPARE(stored(m_store.db()), 100);
        writer.submit(ticks(200, 10));   // room again
        QCOMPARE(writer.backlog(), 10);
        QCOMPARE(writer.dropped(), 25);
    }

    void failedWriteIsKeptAndRetried()
    {
        EventLog events;
        TickWriter writer(m_store.db(), options(5000, 3'600'000), &events);
        QSqlQuery q(m_store.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const qint64 pages = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages)));
        writer.submit(ticks(1, 2000));
        QVERIFY(!writer.flushAll());
        QVERIFY2(writer.lastError().contains(QStringLiteral("full")), qPrintable(writer.lastError()));
        QCOMPARE(writer.backlog(), 2000);
        QCOMPARE(writer.dropped(), 0);
        QCOMPARE(writer.committedSeq(), 0);
        QVERIFY(events.lastError().has_value());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count=1000000")));
        QVERIFY(writer.flushAll());
        QVERIFY(writer.lastError().isEmpty());
        QCOMPARE(stored(m_store.db()), 2000);
        QCOMPARE(events.recent().constLast().message, QStringLiteral("Tick writes resumed"));
    }

    void closedWriterDropsVisibly()
    {
        TickWriter writer(m_store.db(), options(5000, 50), nullptr);
        writer.close();
        writer.submit(ticks(1, 7));
        QCOMPARE(writer.dropped(), 7);
        QCOMPARE(writer.backlog(), 0);
    }

    void shutdownFlushesEverything()
    {
        m_store.closeConnection();   // the file stays, for the Storage below
        qint64 last = 0;
        {
            Storage storage(options(100'000, 3'600'000));
            QVERIFY(storage.open().ok());
            TickList batch;
            for (int i = 0; i < 12345; ++i)
                batch << Tick{.seq = storage.seqSource()->next(), .code = QStringLiteral("000660"), .timeMs = i};
            last = batch.constLast().seq;
            storage.tickWriter()->submit(batch);
            QCOMPARE(storage.status().writerBacklog, 12345); // neither size nor timer flushed it
            QCOMPARE(storage.status().storedSinceStart, 0);
            storage.shutdown();
            QCOMPARE(storage.committedSeq(), last);
            QCOMPARE(storage.status().writerBacklog, 0);
            QCOMPARE(storage.status().storedSinceStart, 12345);
        }
        Database again(m_store.path());
        auto db = again.connection(DbAccess::ReadOnly);
        QCOMPARE(*TickRepository(*db).count(), 12345);
        QCOMPARE(*TickRepository(*db).maxSeq(), last);
        db = QSqlDatabase();
        again.closeThreadConnections();
    }
};

QTEST_GUILESS_MAIN(TestTickWriter)
#include "tst_tickwriter.moc"
