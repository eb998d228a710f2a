// The tick bus' in-memory tail: what it hands out after a seq, its bound, and that a batch
// enters it before the bus announces the batch.
#include "serverfixture.h"
#include "core/pipeline/ticktail.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
TickList batch(qint64 first, qint64 last)
{
    TickList out;
    for (qint64 s = first; s <= last; ++s)
        out.append(Tick{.seq = s, .code = QStringLiteral("005930")});
    return out;
}

QList<qint64> seqs(const TickList &ticks)
{
    QList<qint64> out;
    for (const Tick &t : ticks)
        out.append(t.seq);
    return out;
}
} // namespace

class TestTickTail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void afterASeqWithALimit()
    {
        TickTail tail;
        QVERIFY(tail.after(0, 10).ticks.isEmpty());
        tail.append(batch(1, 5));
        tail.append(batch(6, 6));
        tail.append(batch(7, 12));
        QCOMPARE(seqs(tail.after(0, 100).ticks), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        QCOMPARE(seqs(tail.after(3, 4).ticks), (QList<qint64>{4, 5, 6, 7}));
        QCOMPARE(seqs(tail.after(6, 100).ticks), (QList<qint64>{7, 8, 9, 10, 11, 12}));
        QVERIFY(tail.after(12, 100).ticks.isEmpty());
        QCOMPARE(tail.after(0, 100).evictedUpTo, 0);
    }

    void aRepublishedSeqIsKeptOnce()
    {
        TickTail tail;
        tail.append(batch(1, 5));
        tail.append(batch(3, 8)); // a relay publishing again after a rewind
        QCOMPARE(seqs(tail.after(0, 100).ticks), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8}));
    }

    void boundedByWholeBatches()
    {
        TickTail tail(10);
        tail.append(batch(1, 4));
        tail.append(batch(5, 8));
        tail.append(batch(9, 12)); // 12 > 10: the oldest batch leaves
        const TickTail::Slice slice = tail.after(0, 100);
        QCOMPARE(slice.evictedUpTo, 4);
        QCOMPARE(seqs(slice.ticks), (QList<qint64>{5, 6, 7, 8, 9, 10, 11, 12}));
    }

    void theBusFillsItBeforeItAnnounces()
    {
        CountingSeq seq;
        TickBus bus(&seq);
        QList<qint64> heldWhenAnnounced;
        connect(&bus, &TickBus::ticksPublished, this,
                [&](const TickList &) { heldWhenAnnounced = seqs(bus.tail().after(0, 100).ticks); });
        for (int i = 0; i < 3; ++i)
            bus.publish(Tick{.code = QStringLiteral("005930")});
        bus.flush();
        QCOMPARE(heldWhenAnnounced, (QList<qint64>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestTickTail)
#include "tst_ticktail.moc"
