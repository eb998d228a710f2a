// Weekly and monthly history on the whole stack over the real adapter and the emulator: the
// adapter fetches daily bars only, and the 1w/1mo bars built from them are non-empty, dated
// by each period's last trading day, and agree bar by bar with the emulator's own W/M charts
// (read through COM and decoded from Cybos' week-of-month / YYYYMM00 dates). The chart value
// unit is calibrated and logged once, and a repeated call asks the feed nothing.
#include "core/domain/ksttime.h"
#include "core/storage/barrepository.h"
#include "emulatorchartpages.h"
#include "servicesemulatorrig.h"
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace cybos;
using namespace cybos::test;

class TestHistoryEmulator : public QObject
{
    Q_OBJECT

    struct Rig : EmulatorServicesRig {
        Status ensure(const ChartQuery &query) { return *await(hub->ensureHistory(query, 60000), 60000); }
        BarList stored(const QString &code, Interval interval)
        {
            const auto page = BarRepository(db()).range(BarKey{code, interval, true}, 0, Kst::nowMs(), 100000);
            return page ? page->bars : BarList();
        }
        // The emulator's own chart of `type`, newest first, rows of {date, open, high, low, close, volume, value}.
        Rows cybosChart(const QString &code, char type, int count)
        {
            auto c = chart(emulator, QStringLiteral("A") + code, type, count, {0, 2, 3, 4, 5, 8, 9});
            input(*c, 9, int('1'));
            return allPages(*c, nullptr, count);
        }
    };

    static int cybosDate(char type, QDate lastTradingDay)
    {
        return type == 'W' ? weekLabel(lastTradingDay) : int(Kst::toYmd(lastTradingDay)) / 100 * 100;
    }

private Q_SLOTS:
    void weeksAndMonthsAgreeWithCybosCharts_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<char>("type");
        QTest::addColumn<int>("daysBack");
        QTest::newRow("1w") << int(Interval::Week) << 'W' << 120;
        QTest::newRow("1mo") << int(Interval::Month) << 'M' << 400;
    }
    void weeksAndMonthsAgreeWithCybosCharts()
    {
        QFETCH(int, interval);
        QFETCH(char, type);
        QFETCH(int, daysBack);
        Rig rig;
        const QString code = QStringLiteral("005930");
        const ChartQuery query{code, Interval(interval), true, Kst::today().addDays(-daysBack), QDate()};
        const Status ensured = rig.ensure(query);
        QVERIFY2(ensured.ok(), qPrintable(ensured.ok() ? QString() : ensured.error().message));
        const BarList bars = rig.stored(code, Interval(interval));
        const BarList days = rig.stored(code, Interval::Day);
        QVERIFY(bars.size() >= 3);
        const Rows cybos = rig.cybosChart(code, type, int(bars.size()));
        QCOMPARE(cybos.size(), bars.size());
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const Bar &b = bars.at(bars.size() - 1 - i);       // ours ascend, Cybos' descend
            const QDate date = Kst::dateOf(b.timeMs);
            // Dated by the period's last trading day: a daily bar of that date, none after it
            // within the period.
            QVERIFY(std::any_of(days.cbegin(), days.cend(), [&](const Bar &d) { return d.timeMs == b.timeMs; }));
            const auto later = std::find_if(days.cbegin(), days.cend(), [&](const Bar &d) { return d.timeMs > b.timeMs; });
            if (later != days.cend())
                QVERIFY(cybosDate(type, Kst::dateOf(later->timeMs)) != cybosDate(type, date));
            const QVariantList &row = cybos.at(i);
            QCOMPARE(row[0].toInt(), cybosDate(type, date));
            const QList<qint64> ours{b.open, b.high, b.low, b.close, b.volume, b.value};
            for (int f = 0; f < 6; ++f)
                QCOMPARE(row[f + 1].toLongLong(), ours[f]);
        }
        // The unit of chart values was found (or assumed) once, and said in the event log.
        const auto events = rig.log.recent(200);
        const auto units = std::count_if(events.cbegin(), events.cend(), [](const LogEvent &e) {
            return e.message.startsWith(QStringLiteral("Chart trade values of KOSPI"));
        });
        QCOMPARE(units, 1);
        // The same call again asks the feed nothing.
        const qint64 requests = rig.emulator.stats().requests;
        QVERIFY(rig.ensure(query).ok());
        QCOMPARE(rig.emulator.stats().requests, requests);
    }

    // A code that trades today has a daily bar to compare with its snapshot: the adapter
    // finds the emulator's chart values in won and says so once.
    void chartValueUnitIsDetected()
    {
        Rig rig;
        const QString code = QStringLiteral("000660");
        QSignalSpy ticks(&rig.feed, &MarketFeed::tickReceived);
        QVERIFY(rig.feed.subscribe(code).ok());
        QVERIFY(ticks.wait(10000));
        QVERIFY(rig.ensure(ChartQuery{code, Interval::Day, true, Kst::today().addDays(-10), QDate()}).ok());
        const auto events = rig.log.recent(200);
        QStringList units;
        for (const LogEvent &e : events) {
            if (e.message.startsWith(QStringLiteral("Chart trade values of")))
                units << e.message;
        }
        QCOMPARE(units, QStringList{QStringLiteral("Chart trade values of KOSPI are in won (today's bar of 000660 compared with its snapshot)")});
        const BarList days = rig.stored(code, Interval::Day);
        QVERIFY(!days.isEmpty() && Kst::dateOf(days.last().timeMs) == Kst::today());
        for (const Bar &b : days) { // KRW per share within the bar's range: the unit is right
            const double average = double(b.value) / double(b.volume);
            QVERIFY2(average >= b.low * 0.99 && average <= b.high * 1.01, qPrintable(QString::number(average)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryEmulator)
#include "tst_history_emulator.moc"
