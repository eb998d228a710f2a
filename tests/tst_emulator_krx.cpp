// The "krx" session clock (../shared/cybos-api.md §7): no ticks at night, on weekends and
// holidays; expected prices and no trades in the auctions, one print at the open and at the
// close; post-close trades at the close; after-hours prints every ten minutes; the year's
// first trading day opening at 10:00; snapshots of untraded codes following their day.
#include "emulatorfixture.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
struct Event {
    int time, flag, session;
    qint64 price, volume, cumVolume;
};

class KrxFeed
{
public:
    KrxFeed(FakeClock &clock, Emulator &emu, const QString &code = QStringLiteral("A005930"))
        : m_clock(clock), m_emu(emu), m_cur(create(emu, "Dscbo1.StockCur"))
    {
        input(*m_cur, 0, code);
        ComObject *o = m_cur.get();
        QObject::connect(o, &ComObject::received, o, [this, o] {
            auto h = [o](int i) { return header(*o, i).toLongLong(); };
            events.append({int(h(18)), int(h(19)), int(h(20)), h(13), h(17), h(9)});
        });
        call(*m_cur, "Subscribe");
    }
    // Steps the clock to hh:mm:ss (KST, same day) in 500 ms slices; returns the new events.
    QList<Event> until(int hh, int mm, int ss = 0)
    {
        const qsizetype from = events.size();
        const qint64 target = emu::kstEpochMs(emu::kstDate(m_clock.ms), hh * 3600 + mm * 60 + ss);
        while (m_clock.ms < target) {
            m_clock.ms = std::min(target, m_clock.ms + 500);
            m_emu.runSlice();
        }
        return events.mid(from);
    }
    QList<Event> events;

private:
    FakeClock &m_clock;
    Emulator &m_emu;
    std::unique_ptr<ComObject> m_cur;
};

bool all(const QList<Event> &events, int flag, int session)
{
    return std::all_of(events.begin(), events.end(), [&](const Event &e) { return e.flag == flag && e.session == session; });
}
} // namespace

class TestEmulatorKrx : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;

    void start(QDate date, int hh, int mm)
    {
        m_clock = FakeClock();
        m_clock.setKst(date, hh, mm);
        m_emu = std::make_unique<Emulator>(m_clock.options(QStringLiteral("krx")));
        m_emu->setTicksPerSecond(400);
    }

private Q_SLOTS:
    void quietHours_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("hour");
        QTest::newRow("night") << kWednesday << 20;
        QTest::newRow("early morning") << kWednesday << 6;
        QTest::newRow("saturday") << kSaturday << 10;
        QTest::newRow("sunday") << kSaturday.addDays(1) << 11;
        QTest::newRow("new year's day") << QDate(2027, 1, 1) << 10;
        QTest::newRow("year-end closing day") << QDate(2026, 12, 31) << 10;
    }
    void quietHours()
    {
        QFETCH(QDate, date);
        QFETCH(int, hour);
        start(date, hour, 0);
        KrxFeed feed(m_clock, *m_emu);
        QVERIFY(feed.until(hour + 1, 0).isEmpty());
        QCOMPARE(m_emu->stats().ticksGenerated, 0);
    }

    void openingAuction()
    {
        start(kWednesday, 8, 40);
        KrxFeed feed(m_clock, *m_emu);
        const QList<Event> auction = feed.until(9, 0, 0);
        QVERIFY(auction.size() > 100);
        QVERIFY(all(auction.mid(0, auction.size() - 1), '1', '1')); // expected prices, pre-open
        QVERIFY(std::all_of(auction.begin(), auction.end() - 1, [](const Event &e) { return e.cumVolume == 0; }));
        const Event expected = auction[auction.size() - 2], print = auction.last();
        QCOMPARE(print.time, 90000); // one opening print at 09:00:00 ...
        QCOMPARE(print.flag, int('2'));
        QCOMPARE(print.price, expected.price); // ... at the last expected price and quantity
        QCOMPARE(print.volume, expected.volume);
        QCOMPARE(print.cumVolume, print.volume);
        QVERIFY(all(feed.until(9, 0, 30), '2', '2'));
        start(kWednesday, 8, 40);
        KrxFeed again(m_clock, *m_emu);
        const QList<Event> pre = again.until(8, 59);
        auto mst = snapshot(*m_emu, QStringLiteral("A005930"));
        QCOMPARE(header(*mst, 58).toInt(), int('1'));
        QCOMPARE(header(*mst, 59).toInt(), int('1'));
        QCOMPARE(header(*mst, 55).toLongLong(), pre.last().price);
        QCOMPARE(header(*mst, 57).toLongLong(), pre.last().volume);
        QCOMPARE(header(*mst, 18).toLongLong(), 0);
    }

    // Each event checked against the schedule by its time.
    void closingAuctionAndAfterHours()
    {
        start(kWednesday, 15, 10);
        KrxFeed feed(m_clock, *m_emu);
        const QList<Event> events = feed.until(18, 30);
        const auto close = std::find_if(events.begin(), events.end(), [](const Event &e) { return e.time >= 153000; });
        QVERIFY(close != events.end() && close->time == 153000 && close->flag == '2' && close->session == '2');
        QCOMPARE(close->cumVolume, (close - 1)->cumVolume + close->volume);
        int prints = 0;
        for (const Event &e : events) {
            const QByteArray at = QByteArray::number(e.time);
            if (e.time < 152000)
                QVERIFY2(e.flag == '2' && e.session == '2', at);
            else if (e.time < 153000)
                QVERIFY2(e.flag == '1' && e.session == '5', at); // closing-auction expected prices
            else if (e.time > 153000 && e.time < 160000)
                QVERIFY2(e.time >= 154000 && e.session == '4' && e.price == close->price, at);
            if (e.time < 160000)
                continue;
            QVERIFY2(e.time % 1000 == 0 && e.time <= 180000 && e.session == '4', at); // single price
            QVERIFY(e.price * 10 <= close->price * 11 && e.price * 10 >= close->price * 9);
            ++prints;
        }
        QCOMPARE(prints, 12); // 16:10, 16:20, … 18:00
        QCOMPARE(std::count_if(events.begin(), events.end(), [](const Event &e) { return e.time == 153000; }), 1);
    }

    void firstTradingDayOfTheYearOpensAtTen()
    {
        start(QDate(2027, 1, 4), 9, 30); // Monday; Friday 1 January is a holiday
        KrxFeed feed(m_clock, *m_emu);
        QCOMPARE(call(*create(*m_emu, "CpUtil.CpCodeMgr"), "GetMarketStartTime").toInt(), 1000);
        QVERIFY(all(feed.until(9, 59, 59), '1', '1'));
        const QList<Event> open = feed.until(10, 0, 1);
        const auto print = std::find_if(open.begin(), open.end(), [](const Event &e) { return e.flag == '2'; });
        QVERIFY(print != open.end() && print->time == 100000);
        auto c = chart(*m_emu, QStringLiteral("A005930"), 'm', 400, {0, 1});
        input(*c, 2, 20260102); // the first trading day of 2026 in the generated history
        call(*c, "BlockRequest");
        int firstOfDay = 0;
        for (int r = 0; r < header(*c, 3).toInt(); ++r)
            firstOfDay = data(*c, 0, r).toInt() == 20260102 ? data(*c, 1, r).toInt() : firstOfDay;
        QCOMPARE(firstOfDay, 1001);
    }

    // An untraded code follows its generated day: its snapshot matches its minute bars now
    // and, once the day is over, the daily bar of history.
    void untradedCodesFollowTheirDay()
    {
        start(kWednesday, 11, 0);
        auto mst = snapshot(*m_emu, QStringLiteral("A068270"));
        auto mins = chart(*m_emu, QStringLiteral("A068270"), 'm', 200, {0, 1, 8});
        call(*mins, "BlockRequest");
        qint64 volume = 0;
        for (int r = 0; r < 200 && data(*mins, 0, r).toInt() == 20261125; ++r)
            volume += data(*mins, 2, r).toLongLong();
        QCOMPARE(data(*mins, 1, 0).toInt(), 1100);
        QCOMPARE(header(*mst, 18).toLongLong(), volume);
        m_clock.setKst(kSaturday, 12, 0);
        QCOMPARE(call(*create(*m_emu, "CpUtil.CpCodeMgr"), "GetWorkDate").toInt(), 20261127);
        mst = snapshot(*m_emu, QStringLiteral("A068270"));
        auto days = chart(*m_emu, QStringLiteral("A068270"), 'D', 2, {0, 2, 3, 4, 5, 8});
        call(*days, "BlockRequest");
        QCOMPARE(data(*days, 0, 0).toInt(), 20261127);
        const int mstIndex[] = {0, 13, 14, 15, 11, 18}; // open, high, low, close, volume
        for (int pos = 1; pos <= 5; ++pos)
            QCOMPARE(data(*days, pos, 0).toLongLong(), header(*mst, mstIndex[pos]).toLongLong());
        QCOMPARE(header(*mst, 59).toInt(), int('4'));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorKrx)
#include "tst_emulator_krx.moc"
