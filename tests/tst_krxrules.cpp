// Property-style checks of the tick-size table and the ±30 % limits over the whole price range.
#include "core/domain/krxrules.h"
#include <QRandomGenerator>
#include <QTest>

using namespace cybos;

class TestKrxRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("tick");
        const QList<QPair<qint64, qint64>> rows{{1, 1}, {1999, 1}, {2000, 5}, {4995, 5}, {5000, 10},
            {19990, 10}, {20000, 50}, {49950, 50}, {50000, 100}, {199900, 100}, {200000, 500},
            {499500, 500}, {500000, 1000}, {3000000, 1000}};
        for (const auto &[p, t] : rows)
            QTest::newRow(qPrintable(QString::number(p))) << p << t;
    }
    void table()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, tick);
        QCOMPARE(Krx::tickSize(price), tick);
    }

    // Walking up tick by tick from 1 to 3,000,000 visits only valid prices, each step is the
    // tick size of the lower price, and walking down returns to where we came from.
    void walkWholeRange()
    {
        qint64 p = 1;
        int steps = 0;
        while (p < 3'000'000) {
            QVERIFY2(Krx::isOnTick(p), qPrintable(QString::number(p)));
            const qint64 up = Krx::tickUp(p);
            QCOMPARE(up - p, Krx::tickSize(p));
            QCOMPARE(Krx::tickDown(up), p);
            p = up;
            ++steps;
        }
        QCOMPARE(steps, 9299); // 1999 + 600 + 1500 + 600 + 1500 + 600 + 2500
    }

    void roundingIsOnTick()
    {
        QRandomGenerator rng(42);
        for (int i = 0; i < 200000; ++i) {
            const qint64 raw = 1 + rng.bounded(5'000'000);
            const qint64 f = Krx::floorToTick(raw);
            const qint64 c = Krx::ceilToTick(raw);
            QVERIFY(Krx::isOnTick(f) && Krx::isOnTick(c));
            QVERIFY(f <= raw && raw <= c);
            QVERIFY(c - f <= Krx::tickSize(c));
        }
    }

    void limitsWithin30Percent()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 200000; ++i) {
            const qint64 base = Krx::floorToTick(100 + rng.bounded(3'000'000));
            const qint64 up = Krx::upperLimit(base);
            const qint64 down = Krx::lowerLimit(base);
            QVERIFY(Krx::isOnTick(up) && Krx::isOnTick(down));
            QVERIFY2(up * 10 <= base * 13, qPrintable(QString::number(base)));
            QVERIFY2(down * 10 >= base * 7, qPrintable(QString::number(base)));
            // No valid tick lies between the limit and the ±30 % bound.
            QVERIFY(Krx::tickUp(up) * 10 > base * 13);
            QVERIFY(Krx::tickDown(down) * 10 < base * 7 || down == 1);
        }
    }

    void knownLimits()
    {
        // Samsung Electronics closed at 75,700 on 2024-05-13: limits 98,400 / 53,000.
        QCOMPARE(Krx::upperLimit(75700), qint64(98400));
        QCOMPARE(Krx::lowerLimit(75700), qint64(53000));
        QCOMPARE(Krx::upperLimit(10000), qint64(13000));
        QCOMPARE(Krx::lowerLimit(10000), qint64(7000));
    }
};

QTEST_GUILESS_MAIN(TestKrxRules)
#include "tst_krxrules.moc"
