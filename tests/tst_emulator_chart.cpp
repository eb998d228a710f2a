// StockChart as ../shared/cybos-api.md §4 describes it: rows newest first, positions in the
// ascending field-id list, Continue paging with the page cap, and generated history that is
// consistent (minute bars add up to their day, weeks and months to their days) and repeats.
#include "core/domain/krxrules.h"
#include "emulatorchartpages.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;


class TestEmulatorChart : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;

private Q_SLOTS:
    void init()
    {
        m_clock = FakeClock();
        m_clock.setKst(kWednesday, 10, 0);
        m_emu = std::make_unique<Emulator>(m_clock.options());
    }

    void minutePagesNewestFirstWithoutDuplicates()
    {
        auto c = chart(*m_emu, QStringLiteral("A005930"), 'm', 30'000, {1, 0});
        int pages = 0;
        const Rows rows = allPages(*c, &pages, 30'000);
        QCOMPARE(rows.size(), 30'000);
        QCOMPARE(pages, 4); // cap 9,999 rows for two fields
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY2(stamp(rows[i]) < stamp(rows[i - 1]), qPrintable(QString::number(i)));
        QCOMPARE(rows.first()[1].toInt(), 1000); // today's trades so far, 09:01 … 10:00
        QCOMPARE(rows.first()[0].toInt(), 20261125);
        QCOMPARE(rows[60][1].toInt(), 1530); // then yesterday's last bar: the closing auction
        QCOMPARE(rows[60][0].toInt(), 20261124);
    }

    void dailyPagesToTheEndOfHistory()
    {
        QVariantList fields;
        for (int id = 0; id <= 20; ++id)
            fields.append(id == 7 ? 37 : id);
        auto c = chart(*m_emu, QStringLiteral("A005930"), 'D', 100'000, fields);
        int pages = 0;
        const Rows rows = allPages(*c, &pages);
        QCOMPARE(pages, int(std::ceil(rows.size() / 951.0))); // cap 951 rows for 21 fields
        QVERIFY(rows.size() > 5 * 245);
        QVERIFY(rows.last()[0].toInt() <= 20211126); // at least five years back
        QVERIFY(call(*c, "BlockRequest").toInt() == 0 && header(*c, 3).toInt() == 951); // starts over
        for (int i = 0; i + 1 < rows.size(); ++i) { // positions: 0 date, 1 time, 2–5 OHLC, 6 change
            const qint64 open = rows[i][2].toLongLong(), close = rows[i][5].toLongLong();
            const qint64 prev = rows[i + 1][5].toLongLong();
            QVERIFY(Krx::isOnTick(close) && Krx::isOnTick(open));
            QVERIFY(close <= Krx::upperLimit(prev) && close >= Krx::lowerLimit(prev));
            QCOMPARE(rows[i][6].toLongLong(), close - prev);
            QVERIFY(rows[i][3].toLongLong() >= std::max(close, open));
            QVERIFY(rows[i][4].toLongLong() <= std::min(close, open));
            QCOMPARE(rows[i][1].toInt(), 0);
        }
    }

    void samePageOnRepeat_data()
    {
        QTest::addColumn<char>("type");
        QTest::newRow("day") << 'D';
        QTest::newRow("week") << 'W';
        QTest::newRow("month") << 'M';
        QTest::newRow("minute") << 'm';
        QTest::newRow("tick") << 'T';
    }
    void samePageOnRepeat()
    {
        QFETCH(char, type);
        const QVariantList fields{0, 1, 2, 3, 4, 5, 8, 9};
        auto a = chart(*m_emu, QStringLiteral("A247540"), type, 90, fields);
        const Rows first = allPages(*a, nullptr, 90);
        QCOMPARE(first.size(), 90);
        input(*a, 0, QStringLiteral("A247540")); // a new input starts the query over
        QCOMPARE(allPages(*a, nullptr, 90), first); // again on the same object
        FakeClock other = m_clock;
        Emulator twin(other.options());
        QCOMPARE(allPages(*chart(twin, QStringLiteral("A247540"), type, 90, fields), nullptr, 90), first);
        Emulator reseeded(other.options(QStringLiteral("always-open"), 2));
        QVERIFY(allPages(*chart(reseeded, QStringLiteral("A247540"), type, 90, fields), nullptr, 90) != first);
    }

    // GetDataValue's first index is the position in the ascending field-id list.
    void fieldPositionsAreSorted()
    {
        auto mixed = chart(*m_emu, QStringLiteral("A000660"), 'D', 20, {8, 5, 0, 2});
        QCOMPARE(call(*mixed, "BlockRequest").toInt(), 0);
        const QStringList names = header(*mixed, 2).toStringList();
        QCOMPARE(names.size(), 4);
        QCOMPARE(names.first(), QStringLiteral("날짜"));
        QCOMPARE(names.last(), QStringLiteral("거래량"));
        const int ids[] = {0, 2, 5, 8};
        for (int pos = 0; pos < 4; ++pos) {
            auto single = chart(*m_emu, QStringLiteral("A000660"), 'D', 20, {ids[pos]});
            call(*single, "BlockRequest");
            for (int r = 0; r < 20; ++r)
                QCOMPARE(data(*mixed, pos, r), data(*single, 0, r));
        }
        QVERIFY(!data(*mixed, 4, 0).isValid());
        QVERIFY(!data(*mixed, 0, 20).isValid());
    }

    void minuteBarsAddUpToTheirDay_data()
    {
        QTest::addColumn<int>("period");
        QTest::newRow("1 minute") << 1;
        QTest::newRow("5 minutes") << 5;
        QTest::newRow("60 minutes") << 60;
    }
    void minuteBarsAddUpToTheirDay()
    {
        QFETCH(int, period);
        auto days = chart(*m_emu, QStringLiteral("A035420"), 'D', 3, {0, 2, 3, 4, 5, 8, 9});
        auto mins = chart(*m_emu, QStringLiteral("A035420"), 'm', 3 * (381 / period + 1), {0, 1, 2, 3, 4, 5, 8, 9});
        input(*mins, 7, period);
        call(*days, "BlockRequest");
        call(*mins, "BlockRequest");
        const Rows d = page(*days), m = page(*mins);
        for (const QVariantList &day : d) {
            Rows bars;
            for (const QVariantList &bar : m) // newest first
                if (bar[0] == day[0])
                    bars.prepend(bar);
            QVERIFY(!bars.isEmpty());
            qint64 high = 0, low = LLONG_MAX, volume = 0, value = 0;
            for (const QVariantList &b : bars) {
                high = std::max(high, b[3].toLongLong());
                low = std::min(low, b[4].toLongLong());
                volume += b[6].toLongLong();
                value += b[7].toLongLong();
            }
            QCOMPARE(bars.first()[2], day[1]);
            QCOMPARE(bars.last()[5], day[4]);
            QCOMPARE(high, day[2].toLongLong());
            QCOMPARE(low, day[3].toLongLong());
            QCOMPARE(volume, day[5].toLongLong());
            QCOMPARE(day[6].toLongLong(), value); // values in won: no rounding to lose
            QVERIFY(value > 1'000'000);
        }
    }

    void weeksAndMonthsAggregateDays()
    {
        auto days = chart(*m_emu, QStringLiteral("A005380"), 'D', 80, {0, 2, 3, 4, 5, 8});
        auto weeks = chart(*m_emu, QStringLiteral("A005380"), 'W', 5, {0, 2, 3, 4, 5, 8});
        call(*days, "BlockRequest");
        call(*weeks, "BlockRequest");
        const Rows d = page(*days), w = page(*weeks);
        int i = 0;
        for (const QVariantList &week : w) {
            const QDate last = ymdDate(d[i][0].toInt()); // the week's last trading day
            QCOMPARE(week[0].toInt(), weekLabel(last));  // Cybos' week-of-month form
            QCOMPARE(week[4], d[i][4]);                  // its close
            qint64 volume = 0, high = 0;
            for (; i < d.size() && ymdDate(d[i][0].toInt()).daysTo(last) < last.dayOfWeek(); ++i) {
                volume += d[i][5].toLongLong();
                high = std::max(high, d[i][2].toLongLong());
            }
            QCOMPARE(week[5].toLongLong(), volume);
            QCOMPARE(week[2].toLongLong(), high);
        }
        auto months = chart(*m_emu, QStringLiteral("A005380"), 'M', 2, {0, 5});
        call(*months, "BlockRequest");
        QCOMPARE(data(*months, 0, 0).toInt(), 20261100); // YYYYMM00
        QCOMPARE(data(*months, 0, 1).toInt(), 20261000);
        QCOMPARE(data(*months, 1, 0), d[0][4]);
    }

    void adjustedEqualsRaw()
    {
        auto raw = chart(*m_emu, QStringLiteral("A005930"), 'D', 300, {0, 2, 3, 4, 5});
        auto adjusted = chart(*m_emu, QStringLiteral("A005930"), 'D', 300, {0, 2, 3, 4, 5});
        input(*raw, 9, int('0'));
        input(*adjusted, 9, int('1'));
        QCOMPARE(allPages(*adjusted, nullptr, 300), allPages(*raw, nullptr, 300)); // no corporate actions are modelled
    }
};

QTEST_GUILESS_MAIN(TestEmulatorChart)
#include "tst_emulator_chart.moc"
