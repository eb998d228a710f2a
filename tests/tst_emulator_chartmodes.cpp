// StockChart's modes and dates as Daishin's help and live users report them (cybos-api.md
// §0b): weekly rows dated YYYYMM + week of the month + 0 and monthly rows YYYYMM00 (AKX);
// period mode for daily, minute and weekly charts, monthly charts ignoring the dates (AKX);
// Continue staying 1 in count mode while older rows exist (CDR).
#include "emulatorchartpages.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestEmulatorChartModes : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;

    // Period mode ('1') of 005930: fields 0 (date), then 1 (time) or 2 (open) and 5 (close).
    std::unique_ptr<ComObject> periodChart(char type, int start, int end)
    {
        auto c = create(*m_emu, "CpSysDib.StockChart");
        input(*c, 0, QStringLiteral("A005930"));
        input(*c, 1, int('1'));
        input(*c, 2, end);
        input(*c, 3, start);
        input(*c, 5, type == 'm' || type == 'T' ? QVariantList{0, 1} : QVariantList{0, 2, 5});
        input(*c, 6, int(type));
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = FakeClock();
        m_clock.setKst(kWednesday, 10, 0);
        m_emu = std::make_unique<Emulator>(m_clock.options());
    }

    // Conformance rows: field 0 of the W/M row holding a trading day.
    void periodDates_data()
    {
        QTest::addColumn<char>("type");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("expected");
        QTest::newRow("AKX: week 1 of October 2022") << 'W' << 20221007 << 20221010;
        QTest::newRow("second week") << 'W' << 20221014 << 20221020;
        QTest::newRow("before July's first Sunday: June, week 5") << 'W' << 20240703 << 20240650;
        QTest::newRow("month starting on a Sunday") << 'W' << 20261106 << 20261110;
        QTest::newRow("third week") << 'W' << 20261120 << 20261130;
        QTest::newRow("month") << 'M' << 20240703 << 20240700;
        QTest::newRow("current month") << 'M' << 20261125 << 20261100;
    }
    void periodDates()
    {
        QFETCH(char, type);
        QFETCH(int, day);
        QFETCH(int, expected);
        auto c = chart(*m_emu, QStringLiteral("A005930"), type, 1, {0, 5});
        input(*c, 2, day); // the row ending at `day`
        QCOMPARE(call(*c, "BlockRequest").toInt(), 0);
        QCOMPARE(header(*c, 3).toInt(), 1);
        QCOMPARE(data(*c, 0, 0).toInt(), expected);
        if (type == 'W')
            QCOMPARE(weekLabel(ymdDate(day)), expected); // the test's own reading of AKX agrees
    }

    void periodModeForDaysMinutesAndWeeks()
    {
        auto c = periodChart('D', 20261109, 20261120);
        QCOMPARE(call(*c, "BlockRequest").toInt(), 0);
        QCOMPARE(header(*c, 3).toInt(), 10); // two weeks of trading days
        QCOMPARE(data(*c, 0, 0).toInt(), 20261120);
        QCOMPARE(data(*c, 0, 9).toInt(), 20261109);
        QCOMPARE(c->getProperty(QStringLiteral("Continue")).toInt(), 0);
        c = periodChart('m', 20261118, 20261119); // exactly two days of minute bars
        int pages = 0;
        const Rows minutes = allPages(*c, &pages);
        QCOMPARE(minutes.size(), 2 * 381);
        QCOMPARE(minutes.first()[0].toInt(), 20261119);
        QCOMPARE(minutes.last()[0].toInt(), 20261118);
        c = periodChart('W', 20261111, 20261120); // the weeks of 11-09 (whole) and 11-16
        const Rows weeks = allPages(*c);
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks[0][0].toInt(), 20261130); // November's first Sunday is the 1st: week 3
        QCOMPARE(weeks[1][0].toInt(), 20261120);
        auto days = periodChart('D', 20261109, 20261113);
        const Rows week2 = allPages(*days);
        QCOMPARE(weeks[1][1], week2.last()[1]);  // its open is Monday's, before the start date
        QCOMPARE(weeks[1][2], week2.first()[2]); // its close Friday's
    }

    void periodModeMonthlyIgnoresTheDatesAndTicksRefuse()
    {
        auto months = periodChart('M', 20240101, 20240301);
        const Rows all = allPages(*months);
        QCOMPARE(all.first()[0].toInt(), 20261100); // the latest month, not March 2024
        QCOMPARE(all.last()[0].toInt(), 20160100);  // the start of history, not January 2024
        auto ticks = periodChart('T', 20261118, 20261119);
        QCOMPARE(call(*ticks, "BlockRequest").toInt(), 0);
        QCOMPARE(call(*ticks, "GetDibStatus").toInt(), -1);
        QCOMPARE(header(*ticks, 3).toInt(), 0);
    }

    // CDR: in count mode Continue stays 1 while older rows exist, after the count too.
    void countModeContinueStaysOne()
    {
        auto c = chart(*m_emu, QStringLiteral("A005930"), 'm', 10, {0, 1});
        QCOMPARE(call(*c, "BlockRequest").toInt(), 0);
        QCOMPARE(header(*c, 3).toInt(), 10);
        QCOMPARE(c->getProperty(QStringLiteral("Continue")).toInt(), 1);
        const qint64 oldest = stamp(page(*c).last());
        QCOMPARE(call(*c, "BlockRequest").toInt(), 0); // a client that goes on gets older rows
        QCOMPARE(header(*c, 3).toInt(), 20'000 / 2 - 1);
        QVERIFY(stamp(page(*c).first()) < oldest);
        QCOMPARE(c->getProperty(QStringLiteral("Continue")).toInt(), 1);
        auto all = chart(*m_emu, QStringLiteral("A005930"), 'M', 10'000, {0});
        QCOMPARE(call(*all, "BlockRequest").toInt(), 0);
        QVERIFY(header(*all, 3).toInt() < 200); // fewer months than asked: the end
        QCOMPARE(all->getProperty(QStringLiteral("Continue")).toInt(), 0);
    }

};

QTEST_GUILESS_MAIN(TestEmulatorChartModes)
#include "tst_emulator_chartmodes.moc"
