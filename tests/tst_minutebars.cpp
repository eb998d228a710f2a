// MinuteBars: trades folded into N-minute bars stamped by their closing minute (as Cybos
// stamps minute bars), checked bar by bar at the boundaries, with late trades and seq.
#include "core/chart/minutebars.h"
#include "core/domain/ksttime.h"
#include <QTest>

using namespace cybos;

namespace {

qint64 at(int h, int m, int s, int ms = 0)
{
    return Kst::toEpochMs(QDate(2026, 12, 4), QTime(h, m, s, ms));
}

Tick trade(qint64 timeMs, qint64 price, qint64 volume, qint64 seq = 0)
{
    Tick t;
    t.code = QStringLiteral("005930");
    t.seq = seq;
    t.timeMs = timeMs;
    t.price = price;
    t.volume = volume;
    return t;
}

Bar bar(qint64 timeMs, qint64 o, qint64 h, qint64 l, qint64 c, qint64 v, qint64 value)
{
    return Bar{timeMs, o, h, l, c, v, value};
}

TickList morning()
{
    return {trade(at(9, 0, 0), 100, 10, 1), trade(at(9, 0, 59, 999), 105, 5, 2), trade(at(9, 1, 0), 98, 7, 3),
            trade(at(9, 4, 30), 101, 1, 4), trade(at(9, 5, 0), 102, 2, 5)};
}

} // namespace

class TestMinuteBars : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stamps_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("stamp");
        QTest::newRow("1m first instant") << 1 << at(9, 0, 0) << at(9, 1, 0);
        QTest::newRow("1m last instant") << 1 << at(9, 0, 59, 999) << at(9, 1, 0);
        QTest::newRow("1m boundary opens the next") << 1 << at(9, 1, 0) << at(9, 2, 0);
        QTest::newRow("5m") << 5 << at(9, 4, 59, 999) << at(9, 5, 0);
        QTest::newRow("5m boundary") << 5 << at(9, 5, 0) << at(9, 10, 0);
        QTest::newRow("15m") << 15 << at(10, 14, 0) << at(10, 15, 0);
        QTest::newRow("60m is the KST hour") << 60 << at(9, 59, 59) << at(10, 0, 0);
        QTest::newRow("60m after the close") << 60 << at(15, 30, 0) << at(16, 0, 0);
    }
    void stamps()
    {
        QFETCH(int, minutes);
        QFETCH(qint64, time);
        QFETCH(qint64, stamp);
        QCOMPARE(MinuteBars(minutes).stampOf(time), stamp);
    }

    void oneMinuteBarsBarByBar()
    {
        MinuteBars bars(1);
        bars.add(morning());
        const BarList expected{bar(at(9, 1, 0), 100, 105, 100, 105, 15, 100 * 10 + 105 * 5),
                               bar(at(9, 2, 0), 98, 98, 98, 98, 7, 686),
                               bar(at(9, 5, 0), 101, 101, 101, 101, 1, 101),
                               bar(at(9, 6, 0), 102, 102, 102, 102, 2, 204)};
        QCOMPARE(bars.bars().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(bars.bars().at(i), expected.at(i));
        QCOMPARE(bars.lastSeq(), 5);
    }

    void fiveMinuteBarsBarByBar()
    {
        MinuteBars bars(5);
        bars.add(morning());
        const BarList expected{bar(at(9, 5, 0), 100, 105, 98, 101, 23, 1525 + 686 + 101),
                               bar(at(9, 10, 0), 102, 102, 102, 102, 2, 204)};
        QCOMPARE(bars.bars(), expected);
    }

    void liveLastBar()
    {
        MinuteBars bars(1);
        bars.add(morning());
        QVERIFY(!bars.add(trade(at(9, 5, 10), 99, 3, 6)));        // the last bar updates
        QCOMPARE(bars.bars().last(), bar(at(9, 6, 0), 102, 102, 99, 99, 5, 204 + 297));
        QVERIFY(bars.add(trade(at(9, 6, 0), 103, 1, 7)));         // the boundary opens a bar
        QCOMPARE(bars.bars().size(), 5);
        QCOMPARE(bars.bars().last(), bar(at(9, 7, 0), 103, 103, 103, 103, 1, 103));
    }

    void lateTrades()
    {
        MinuteBars bars(1);
        bars.add(morning());
        // Into a bar already built: extremes and volume, never its open or close.
        QVERIFY(!bars.add(trade(at(9, 0, 30), 110, 4, 8)));
        QCOMPARE(bars.bars().first(), bar(at(9, 1, 0), 100, 110, 100, 105, 19, 1525 + 440));
        // Into a minute that had no bar: inserted in order.
        QVERIFY(bars.add(trade(at(9, 3, 0), 97, 1, 9)));
        QCOMPARE(bars.bars().at(2), bar(at(9, 4, 0), 97, 97, 97, 97, 1, 97));
        QCOMPARE(bars.bars().size(), 5);
    }

    void nothingFromNothing()
    {
        MinuteBars bars(15);
        QVERIFY(!bars.add(trade(at(9, 0, 0), 0, 10)));   // no price: no bar
        QVERIFY(bars.bars().isEmpty());
        bars.reset({bar(at(9, 15, 0), 1, 2, 1, 2, 3, 6)}, 42);
        QCOMPARE(bars.lastSeq(), 42);
        QVERIFY(!bars.add(trade(at(9, 14, 0), 3, 1, 43)));
        QCOMPARE(bars.bars().first(), bar(at(9, 15, 0), 1, 3, 1, 3, 4, 9));
    }
};

QTEST_GUILESS_MAIN(TestMinuteBars)
#include "tst_minutebars.moc"
