// Every code trades through its day, subscribed or not (issue 13 item 5): a snapshot of a code
// nobody subscribed shows what its day path traded so far — agreeing with today's minute chart,
// MarketEye and, once the day is over, the daily bar — and a code subscribed later continues
// from that state, its ticks adding up from it. Pre-open nothing has traded: 0, as Cybos says.
#include "emulatorfixture.h"
#include <QElapsedTimer>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
const QString kCode = QStringLiteral("A068270");

struct Snap {
    qint64 price, open, high, low, volume;
};

Snap mstOf(Emulator &emu, const QString &code = kCode)
{
    auto mst = snapshot(emu, code);
    auto h = [&mst](int i) { return header(*mst, i).toLongLong(); };
    return {h(11), h(13), h(14), h(15), h(18)};
}

Snap eyeOf(Emulator &emu, const QString &code = kCode)
{
    auto eye = create(emu, "CpSysDib.MarketEye");
    input(*eye, 0, QVariantList{4, 5, 6, 7, 10});
    input(*eye, 1, QVariantList{code});
    call(*eye, "BlockRequest");
    auto d = [&eye](int i) { return data(*eye, i, 0).toLongLong(); };
    return {d(0), d(1), d(2), d(3), d(4)};
}

// Today's rows of a chart (newest first) as {date, time, open, high, low, close, volume}.
QList<QList<qint64>> todayRows(Emulator &emu, char type, int date)
{
    auto c = chart(emu, kCode, type, 400, {0, 1, 2, 3, 4, 5, 8});
    call(*c, "BlockRequest");
    QList<QList<qint64>> rows;
    for (int r = 0; r < header(*c, 3).toInt() && data(*c, 0, r).toInt() == date; ++r) {
        QList<qint64> row;
        for (int f = 0; f < 7; ++f)
            row << data(*c, f, r).toLongLong();
        rows << row;
    }
    return rows;
}
} // namespace

class TestEmulatorIntraday : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;

    void start(const QString &clock, QDate date, int hh, int mm, int ss = 0, quint32 seed = 1)
    {
        m_clock = FakeClock();
        m_clock.setKst(date, hh, mm, ss);
        m_emu = std::make_unique<Emulator>(m_clock.options(clock, seed));
    }

private Q_SLOTS:
    void unsubscribedCodesTradeThroughTheDay_data()
    {
        QTest::addColumn<QString>("clock");
        QTest::newRow("always-open") << QStringLiteral("always-open");
        QTest::newRow("krx") << QStringLiteral("krx");
    }
    void unsubscribedCodesTradeThroughTheDay()
    {
        QFETCH(QString, clock);
        start(clock, kWednesday, 9, 36, 20);
        const Snap s = mstOf(*m_emu);
        QVERIFY(s.open > 0 && s.low > 0 && s.low <= s.price && s.price <= s.high && s.volume > 0);
        QCOMPARE(eyeOf(*m_emu).volume, s.volume);
        QCOMPARE(eyeOf(*m_emu).open, s.open);
        QCOMPARE(eyeOf(*m_emu).high, s.high);
        QCOMPARE(eyeOf(*m_emu).low, s.low);
        // The minute chart holds the same trades: closed minutes and 09:36:00–09:36:20.
        const QList<QList<qint64>> minutes = todayRows(*m_emu, 'm', 20261125);
        QCOMPARE(minutes.first().at(1), 937);
        QCOMPARE(minutes.last().at(1), 901);
        qint64 volume = 0, high = 0, low = LLONG_MAX;
        for (const QList<qint64> &m : minutes) {
            volume += m.at(6);
            high = std::max(high, m.at(3));
            low = std::min(low, m.at(4));
        }
        QCOMPARE(volume, s.volume);
        QCOMPARE(minutes.last().at(2), s.open);
        QCOMPARE(minutes.first().at(5), s.price);
        QCOMPARE(high, s.high);
        QCOMPARE(low, s.low);
        m_clock.setKst(kWednesday, 10, 15);
        const Snap later = mstOf(*m_emu);
        QVERIFY(later.volume > s.volume);
        QCOMPARE(later.open, s.open);
        QVERIFY(later.high >= s.high && later.low <= s.low);
    }

    void aFinishedDayIsItsDailyBar()
    {
        start(QStringLiteral("always-open"), kWednesday, 16, 0);
        const Snap s = mstOf(*m_emu);
        const QList<QList<qint64>> days = todayRows(*m_emu, 'D', 20261125);
        QCOMPARE(days.size(), 1);
        const QList<qint64> expected{s.open, s.high, s.low, s.price, s.volume};
        QCOMPARE(days.first().mid(2), expected);
        m_clock.setKst(kWednesday.addDays(1), 8, 0); // the next day's history has the same bar
        QCOMPARE(todayRows(*m_emu, 'D', 20261125).first().mid(2), expected);
    }

    // Pre-open nothing has traded: Cybos reports 0 for open/high/low and volume.
    void preOpenSnapshotIsEmpty()
    {
        start(QStringLiteral("krx"), kWednesday, 8, 45);
        const Snap s = mstOf(*m_emu);
        QCOMPARE(s.open, 0);
        QCOMPARE(s.high, 0);
        QCOMPARE(s.low, 0);
        QCOMPARE(s.volume, 0);
        QVERIFY(s.price > 0);
        QCOMPARE(eyeOf(*m_emu).open, 0);
        QVERIFY(todayRows(*m_emu, 'm', 20261125).isEmpty());
    }

    // Subscribed after an hour of trading, the ticks continue from the snapshot's state.
    void aLaterSubscriptionContinuesFromTheSnapshot()
    {
        start(QStringLiteral("always-open"), kWednesday, 10, 0);
        m_emu->setTicksPerSecond(2000);
        const Snap before = mstOf(*m_emu);
        QVERIFY(before.volume > 0);
        auto cur = create(*m_emu, "Dscbo1.StockCur");
        input(*cur, 0, kCode);
        qint64 cum = before.volume, high = before.high, low = before.low, ticks = 0;
        ComObject *o = cur.get();
        QObject::connect(o, &ComObject::received, o, [&] {
            auto h = [o](int i) { return header(*o, i).toLongLong(); };
            const qint64 price = h(13), volume = h(17);
            QVERIFY(volume > 0);
            QCOMPARE(h(9), cum + volume); // the cumulative volume adds up from the snapshot's
            QCOMPARE(h(4), before.open);
            QVERIFY(h(5) >= std::max(high, price) && h(6) <= std::min(low, price));
            cum = h(9);
            high = h(5);
            low = h(6);
            ++ticks;
        });
        call(*cur, "Subscribe");
        for (int i = 0; i < 150; ++i) { // 30 s: the path trades meanwhile
            m_clock.ms += 200;
            m_emu->runSlice();
        }
        QVERIFY(ticks > 1000);
        const Snap after = mstOf(*m_emu);
        QVERIFY(after.volume >= cum);
        QCOMPARE(after.open, before.open);
    }

    void sameSeedSameDay()
    {
        const QStringList codes{kCode, QStringLiteral("A005930"), QStringLiteral("A247540")};
        QList<Snap> a, b, c;
        start(QStringLiteral("always-open"), kWednesday, 11, 11, 11);
        for (const QString &code : codes)
            a << mstOf(*m_emu, code);
        start(QStringLiteral("always-open"), kWednesday, 11, 11, 11);
        for (const QString &code : codes)
            b << mstOf(*m_emu, code);
        start(QStringLiteral("always-open"), kWednesday, 11, 11, 11, 2);
        for (const QString &code : codes)
            c << mstOf(*m_emu, code);
        for (qsizetype i = 0; i < codes.size(); ++i) {
            QCOMPARE(a[i].volume, b[i].volume);
            QCOMPARE(a[i].high, b[i].high);
            QVERIFY(a[i].volume != c[i].volume);
        }
    }

    // Every listed code at a new minute, 200 a MarketEye request: each one computed lazily.
    void theWholeListingIsCheap()
    {
        start(QStringLiteral("always-open"), kWednesday, 13, 0);
        auto mgr = create(*m_emu, "CpUtil.CpCodeMgr");
        QStringList codes = call(*mgr, "GetStockListByMarket", {1}).toStringList();
        codes += call(*mgr, "GetStockListByMarket", {2}).toStringList();
        QVERIFY(codes.size() > 1500);
        QElapsedTimer timer;
        timer.start();
        int traded = 0;
        for (qsizetype i = 0; i < codes.size(); i += 200) {
            auto eye = create(*m_emu, "CpSysDib.MarketEye");
            input(*eye, 0, QVariantList{5, 10});
            QVariantList batch;
            for (const QString &code : codes.mid(i, 200))
                batch << code;
            input(*eye, 1, batch);
            QCOMPARE(call(*eye, "BlockRequest").toInt(), 0);
            for (int r = 0; r < header(*eye, 2).toInt(); ++r)
                traded += data(*eye, 0, r).toLongLong() > 0 && data(*eye, 1, r).toLongLong() > 0;
        }
        qInfo("%lld codes' state at 13:00 in %lld ms", qint64(codes.size()), timer.elapsed());
        QCOMPARE(traded, int(codes.size()));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorIntraday)
#include "tst_emulator_intraday.moc"
