// TickRepository: batch insert (duplicates skipped), by-code paging, since_seq, stats and
// the bounded retention batches that never pass a given seq.
#include "core/storage/database.h"
#include "core/storage/tickrepository.h"
#include "migrateddb.h"
#include <QTest>

using namespace cybos;

namespace {

Tick tick(qint64 seq, const QString &code, qint64 timeMs)
{
    return Tick{.seq = seq, .code = code, .timeMs = timeMs, .price = 70000 + seq, .change = -100,
                .volume = seq, .cumVolume = 1000 + seq, .cumValue = 7'000'000 + seq, .ask = 70100,
                .bid = 70000, .side = seq % 3 == 0 ? Side::Unknown : seq % 3 == 1 ? Side::Buy : Side::Sell,
                .session = seq % 2 ? Session::Regular : Session::Closing};
}

QList<qint64> seqs(const TickList &ticks)
{
    QList<qint64> out;
    for (const Tick &t : ticks)
        out << t.seq;
    return out;
}

} // namespace

class TestStorageTicks : public QObject
{
    Q_OBJECT
    test::MigratedDb m_store;

private Q_SLOTS:
    void init() { QVERIFY(m_store.create()); }

    void cleanup() { m_store.drop(); }

    void insertRoundTripsEveryField()
    {
        TickRepository repo(m_store.db());
        TickList in;
        for (int i = 1; i <= 6; ++i)
            in << tick(i, i % 2 ? QStringLiteral("005930") : QStringLiteral("Q500001"), 1000 + i);
        auto inserted = repo.insert(in);
        QVERIFY(inserted.ok());
        QCOMPARE(*inserted, 6);
        auto out = repo.sinceSeq(0, 100);
        QVERIFY(out.ok());
        QCOMPARE(*out, in);
        // A relay may get a tick twice: the stored one stays, nothing fails.
        TickList again = {in.at(2), tick(7, QStringLiteral("005930"), 2000)};
        again[0].price = 1;
        QCOMPARE(*repo.insert(again), 1);
        QCOMPARE(repo.sinceSeq(2, 1)->first().price, in.at(2).price);
        QCOMPARE(*repo.count(), 7);
        QCOMPARE(*repo.maxSeq(), 7);
        QCOMPARE(*repo.oldestTimeMs(), 1001);
        QCOMPARE(*repo.newestTimeMs(), 2000);
    }

    void emptyTable()
    {
        TickRepository repo(m_store.db());
        QCOMPARE(*repo.count(), 0);
        QCOMPARE(*repo.maxSeq(), 0);
        QCOMPARE(*repo.oldestTimeMs(), 0);
        QVERIFY(repo.sinceSeq(0, 10)->isEmpty());
        QCOMPARE(*repo.insert({}), 0);
    }

    void sinceSeqAscendsWithLimit()
    {
        TickRepository repo(m_store.db());
        TickList in;
        for (int i = 1; i <= 50; ++i)
            in << tick(i, i % 2 ? QStringLiteral("005930") : QStringLiteral("000660"), i);
        QVERIFY(repo.insert(in).ok());
        QCOMPARE(seqs(*repo.sinceSeq(45, 100)), (QList<qint64>{46, 47, 48, 49, 50}));
        QCOMPARE(seqs(*repo.sinceSeq(10, 3)), (QList<qint64>{11, 12, 13}));
        QVERIFY(repo.sinceSeq(50, 10)->isEmpty());
    }

    void byCodePagesInTimeOrder()
    {
        TickRepository repo(m_store.db());
        // Times not in seq order (a relay keeps the source's times): results follow time.
        TickList in = {tick(1, QStringLiteral("005930"), 500), tick(2, QStringLiteral("000660"), 100),
                       tick(3, QStringLiteral("005930"), 100), tick(4, QStringLiteral("005930"), 300),
                       tick(5, QStringLiteral("005930"), 300), tick(6, QStringLiteral("005930"), 900)};
        QVERIFY(repo.insert(in).ok());
        TickRange range{.code = QStringLiteral("005930"), .fromMs = 100, .toMs = 500, .limit = 2};
        auto p1 = repo.byCode(range);
        QVERIFY(p1.ok());
        QCOMPARE(seqs(p1->ticks), (QList<qint64>{3, 4}));
        QVERIFY(!p1->nextPageToken.isEmpty());
        range.pageToken = p1->nextPageToken;
        auto p2 = repo.byCode(range);
        QCOMPARE(seqs(p2->ticks), (QList<qint64>{5, 1}));
        QVERIFY(p2->nextPageToken.isEmpty());
        // A token of another code is refused, not silently misapplied.
        range.code = QStringLiteral("000660");
        QCOMPARE(repo.byCode(range).error().code, ErrorCode::InvalidPageToken);
        QCOMPARE(seqs(repo.byCode(TickRange{.code = QStringLiteral("000660")})->ticks), QList<qint64>{2});
    }

    void retentionDeletesOldPrefixInBatches()
    {
        TickRepository repo(m_store.db());
        TickList in;
        for (int i = 1; i <= 25; ++i)
            in << tick(i, QStringLiteral("005930"), i <= 20 ? 100 : 10'000);
        QVERIFY(repo.insert(in).ok());
        const qint64 all = std::numeric_limits<qint64>::max();
        QCOMPARE(*repo.deleteOldBatch(1000, all, 8), 8);   // a full batch: call again
        QCOMPARE(*repo.deleteOldBatch(1000, all, 8), 8);
        QCOMPARE(*repo.deleteOldBatch(1000, all, 8), 4);   // fewer: the old prefix is gone
        QCOMPARE(*repo.deleteOldBatch(1000, all, 8), 0);
        QCOMPARE(*repo.count(), 5);
        QCOMPARE(seqs(*repo.sinceSeq(0, 100)).first(), 21);
    }

    void retentionNeverPassesTheCursor()
    {
        TickRepository repo(m_store.db());
        TickList in;
        for (int i = 1; i <= 10; ++i)
            in << tick(i, QStringLiteral("005930"), 100);
        QVERIFY(repo.insert(in).ok());
        QCOMPARE(*repo.deleteOldBatch(1000, 6, 100), 6);
        QCOMPARE(*repo.deleteOldBatch(1000, 6, 100), 0);
        QCOMPARE(seqs(*repo.sinceSeq(0, 100)), (QList<qint64>{7, 8, 9, 10}));
    }

    void readOnlyConnectionCannotInsert()
    {
        auto ro = m_store.database().connection(DbAccess::ReadOnly);
        auto result = TickRepository(*ro).insert({tick(1, QStringLiteral("005930"), 1)});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::StorageReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestStorageTicks)
#include "tst_storage_ticks.moc"
