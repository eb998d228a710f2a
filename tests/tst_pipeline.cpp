// The tick pipeline: seq reservation (never reused, even across a crash), TickBus → quote
// cache + storage, retention that respects the forward cursor, async write requests.
#include "core/pipeline/blockseqsource.h"
#include "core/pipeline/quotecache.h"
#include "core/pipeline/tickbus.h"
#include "core/storage/metarepository.h"
#include "core/storage/pinnedrepository.h"
#include "core/storage/storage.h"
#include "core/storage/storagewrites.h"
#include "core/storage/tickrepository.h"
#include "core/storage/tickwriter.h"
#include "awaittask.h"
#include "tempdb.h"
#include <QFile>
#include <QTest>

using namespace cybos;
using test::await;

namespace {

qint64 metaInt(const Storage &storage, const QString &key)
{
    auto db = storage.database().connection(DbAccess::ReadOnly);
    return db ? MetaRepository(*db).getInt(key).value() : -1;
}

Tick trade(qint64 seq, qint64 timeMs)
{
    return Tick{.seq = seq, .code = QStringLiteral("005930"), .timeMs = timeMs, .price = 70000, .change = 500};
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blockSourceAsksAheadAndNeverPassesTheReservation()
    {
        QList<qint64> asked;
        BlockSeqSource source(10, 20, 10, [&](qint64 upTo) { asked << upTo; });
        QCOMPARE(source.next(), 11);
        QCOMPARE(source.next(), 12);
        QVERIFY(asked.isEmpty());           // 8 left of the block: more than half
        while (source.lastIssued() < 18)
            source.next();                  // asks once fewer than half a block remain
        QCOMPARE(asked, QList<qint64>{30}); // one request in flight, not one per number
        source.confirmReserved(30);
        while (source.lastIssued() < 30)
            source.next();
        QCOMPARE(source.unreservedIssued(), 0);
        QCOMPARE(asked.size(), 2);          // the next block was requested on the way
    }

    void blockSourceWaitsThenCarriesOnIfStorageIsStuck()
    {
        int asked = 0;
        BlockSeqSource source(0, 4, 4, [&](qint64) { ++asked; });
        for (int i = 0; i < 4; ++i)
            source.next();
        QCOMPARE(source.unreservedIssued(), 0);
        QCOMPARE(source.next(), 5);         // waited kWaitMs for the reservation, then went on
        QCOMPARE(source.unreservedIssued(), 1);
        QCOMPARE(source.next(), 6);         // no second wait for the same request
        QCOMPARE(source.unreservedIssued(), 2);
        QCOMPARE(asked, 1);
    }

    void blockSourceToleratesASynchronousReserver()
    {
        BlockSeqSource *self = nullptr;
        BlockSeqSource source(0, 0, 100, [&](qint64 upTo) { self->confirmReserved(upTo); });
        self = &source;
        for (int i = 1; i <= 1000; ++i)
            QCOMPARE(source.next(), i);
        QCOMPARE(source.unreservedIssued(), 0);
        QVERIFY(source.reserved() >= 1000);
    }

    void busBatchesBySizeAndAtTheEndOfTheTurn()
    {
        BlockSeqSource seq(0, 1'000'000, 1'000'000, [](qint64) {});
        TickBus bus(&seq);
        bus.setMaxBatch(100);
        QList<TickList> batches;
        connect(&bus, &TickBus::ticksPublished, this, [&](const TickList &b) { batches << b; });
        for (int i = 0; i < 250; ++i)
            bus.publish(trade(0, i));
        QCOMPARE(batches.size(), 2);              // full batches go at once
        QCOMPARE(batches.at(1).constLast().seq, 200);
        QTRY_COMPARE(batches.size(), 3);          // the rest when the event loop turns
        QCOMPARE(batches.at(2).size(), 50);
        QCOMPARE(batches.at(2).constLast().seq, 250);
        QCOMPARE(bus.published(), 250);
        QCOMPARE(bus.lastSeq(), 250);
    }

    void seqIsNeverReusedAfterACrash()
    {
        test::TempDb live;
        test::TempDb crashed;
        qint64 handedOut = 0;
        {
            Storage storage(StorageOptions{.path = live.path(), .seqBlock = 1000});
            QVERIFY(storage.open().ok());
            QCOMPARE(metaInt(storage, QStringLiteral("seq_reserved")), 1000); // before any number
            TickList stored;
            for (int i = 0; i < 2500; ++i) {
                handedOut = storage.seqSource()->next();
                if (i < 700) // recent times: the retention of the reopened storage keeps them
                    stored << trade(handedOut, QDateTime::currentMSecsSinceEpoch());
            }
            QTRY_VERIFY(metaInt(storage, QStringLiteral("seq_reserved")) >= handedOut);
            storage.tickWriter()->submit(stored);
            QTRY_COMPARE(storage.committedSeq(), 700);
            // A crash now: the files on disk are what a killed process leaves.
            for (const QString &suffix : {QString(), QStringLiteral("-wal")})
                QVERIFY(QFile::copy(live.path() + suffix, crashed.path() + suffix));
        }
        Storage reopened(StorageOptions{.path = crashed.path(), .seqBlock = 1000});
        QVERIFY(reopened.open().ok());
        QCOMPARE(reopened.status().ticks, 700);
        const qint64 next = reopened.seqSource()->next();
        QVERIFY2(next > handedOut, qPrintable(QStringLiteral("%1 <= %2").arg(next).arg(handedOut)));
        QVERIFY(metaInt(reopened, QStringLiteral("seq_reserved")) >= next);
    }

    void seqContinuesAfterCleanShutdown()
    {
        test::TempDb tmp;
        qint64 last = 0;
        {
            Storage storage(StorageOptions{.path = tmp.path(), .seqBlock = 50});
            QVERIFY(storage.open().ok());
            for (int i = 0; i < 30; ++i)
                last = storage.seqSource()->next();
            storage.tickWriter()->submit({trade(last, 1)});
            storage.shutdown();
        }
        Storage storage(StorageOptions{.path = tmp.path(), .seqBlock = 50});
        QVERIFY(storage.open().ok());
        QCOMPARE(storage.committedSeq(), last);
        QVERIFY(storage.seqSource()->next() > last);
    }

    void busFeedsCacheAndStorageInOrder()
    {
        test::TempDb tmp;
        Storage storage(StorageOptions{.path = tmp.path(), .batchRows = 256, .flushIntervalMs = 10});
        QVERIFY(storage.open().ok());
        TickBus bus(storage.seqSource());
        bus.setMaxBatch(100);
        QuoteCache cache;
        const qint64 base = QDateTime::currentMSecsSinceEpoch(); // recent: retention keeps them
        connect(&bus, &TickBus::ticksPublished, &cache, &QuoteCache::applyTicks);
        connect(&bus, &TickBus::ticksPublished, storage.tickWriter(), &TickWriter::submit, Qt::DirectConnection);
        for (int i = 0; i < 1000; ++i) {
            Tick t = trade(0, base + i);
            t.code = i % 2 ? QStringLiteral("005930") : QStringLiteral("000660");
            t.price = 50000 + i;
            bus.publish(t);
        }
        QTRY_COMPARE(storage.committedSeq(), bus.lastSeq());
        QCOMPARE(cache.latest(QStringLiteral("005930"))->price, 50999);
        QCOMPARE(cache.latest(QStringLiteral("000660"))->price, 50998);
        auto db = storage.database().connection(DbAccess::ReadOnly);
        const TickList all = *TickRepository(*db).sinceSeq(0, 5000);
        QCOMPARE(all.size(), 1000);
        for (int i = 1; i < all.size(); ++i)
            QCOMPARE(all.at(i).seq, all.at(i - 1).seq + 1);
        QCOMPARE(storage.status().ticks, 1000);
        QCOMPARE(storage.status().newestTickMs, base + 999);
        QCOMPARE(storage.status().oldestTickMs, base);
    }

    void retention_data()
    {
        QTest::addColumn<bool>("forwarding");
        QTest::addColumn<qint64>("firstKept");
        QTest::newRow("no forwarding: every old tick goes") << false << qint64(91);
        QTest::newRow("forwarding: unsent ticks stay") << true << qint64(41);
    }

    void retention()
    {
        QFETCH(bool, forwarding);
        QFETCH(qint64, firstKept);
        test::TempDb tmp;
        const qint64 old = QDateTime::currentMSecsSinceEpoch() - 3LL * 24 * 3600 * 1000;
        {
            Storage seed(StorageOptions{.path = tmp.path(), .retentionDays = 0});
            QVERIFY(seed.open().ok());
            TickList ticks;
            for (int i = 1; i <= 100; ++i)
                ticks << trade(seed.seqSource()->next(), i <= 90 ? old : QDateTime::currentMSecsSinceEpoch());
            seed.tickWriter()->submit(ticks);
            QVERIFY(await(seed.writes()->setForwardCursor(40)).ok());
            seed.shutdown();
        }
        Storage storage(StorageOptions{.path = tmp.path(), .retentionDays = 1, .forwarding = forwarding,
                                       .retentionBatch = 7});
        QVERIFY(storage.open().ok());
        QTRY_COMPARE(storage.status().ticks, 101 - firstKept);
        auto db = storage.database().connection(DbAccess::ReadOnly);
        QCOMPARE(TickRepository(*db).sinceSeq(0, 1)->first().seq, firstKept);
        QCOMPARE(*TickRepository(*db).count(), 101 - firstKept);
    }

    void asyncWritesRunOnTheStorageThread()
    {
        test::TempDb tmp;
        Storage storage(StorageOptions{.path = tmp.path()});
        QVERIFY(storage.open().ok());
        Stock s;
        s.code = QStringLiteral("005930");
        s.name = QStringLiteral("삼성전자");
        s.market = QStringLiteral("kospi");
        auto summary = await(storage.writes()->upsertStocks({s}, true));
        QVERIFY(summary.ok());
        QCOMPARE(summary->upserted, 1);
        QCOMPARE(storage.status().stocks, 1);
        QVERIFY(await(storage.writes()->pin({QStringLiteral("005930")})).ok());
        QCOMPARE(*await(storage.writes()->unpin(QStringLiteral("000660"))), false);
        auto id = await(storage.writes()->createJob(Job{.kind = JobKind::CodeSync,
                                                                 .state = JobState::Running}, {}));
        QVERIFY(id.ok());
        QVERIFY(await(storage.writes()->updateJob(Job{.id = *id, .state = JobState::Done})).ok());
        QVERIFY(!await(storage.writes()->updateJob(Job{.id = *id + 1, .state = JobState::Done})).ok());
        QVERIFY(!storage.status().lastError.isEmpty()); // the failure is visible in the status
        auto db = storage.database().connection(DbAccess::ReadOnly);
        QCOMPARE(*PinnedRepository(*db).list(), QStringList{QStringLiteral("005930")});
        storage.shutdown();
        auto late = await(storage.writes()->pin({QStringLiteral("000660")}));
        QCOMPARE(late.error().code, ErrorCode::StorageUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
