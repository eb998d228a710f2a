// The live feed: StockCur ticks on valid prices within the limits, cumulative volume and value
// that add up exactly, the rate spread over subscribed codes, SubscribeLatest, bounded work per
// slice, and the same sequence for the same seed, subscriptions and clock.
#include "core/domain/krxrules.h"
#include "emulatorfixture.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
struct Seen {
    QString code;
    qint64 price, volume, cumVolume, cumValue, change, ask, bid, open, high, low;
    int time, side, flag, session, sign;
    bool operator==(const Seen &) const = default;
};

// Subscribes StockCur objects and records every header set they receive.
struct Feed {
    std::vector<std::unique_ptr<ComObject>> objects;
    QList<Seen> seen;

    void subscribe(Emulator &emu, const QStringList &codes, const char *how = "Subscribe")
    {
        for (const QString &code : codes) {
            auto cur = create(emu, "Dscbo1.StockCur");
            input(*cur, 0, code);
            ComObject *o = cur.get();
            QObject::connect(o, &ComObject::received, o, [this, o] { record(*o); });
            call(*cur, how);
            objects.push_back(std::move(cur));
        }
    }
    void record(ComObject &o)
    {
        auto h = [&o](int i) { return header(o, i).toLongLong(); };
        seen.append({header(o, 0).toString(), h(13), h(17), h(9), h(10), h(2), h(7), h(8), h(4), h(5), h(6),
                     int(h(18)), int(h(14)), int(h(19)), int(h(20)), int(h(22))});
    }
};

void run(FakeClock &clock, Emulator &emu, int steps, int stepMs)
{
    for (int i = 0; i < steps; ++i) {
        clock.ms += stepMs;
        emu.runSlice();
    }
}

const QStringList kCodes{QStringLiteral("A005930"), QStringLiteral("A207940"), QStringLiteral("A000020"),
                         QStringLiteral("A032820"), QStringLiteral("A247540")};
} // namespace

class TestEmulatorTicks : public QObject
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
        m_emu->setTicksPerSecond(5000);
    }

    // An hour into the day (always-open clock): each code's ticks continue from its snapshot
    // before the subscription and add up exactly from there.
    void ticksAreValidAndAddUp()
    {
        QHash<QString, QList<qint64>> before; // price, open, high, low, volume, value
        for (const QString &code : kCodes) {
            auto mst = snapshot(*m_emu, code);
            for (int i : {11, 13, 14, 15, 18, 19})
                before[code] << header(*mst, i).toLongLong();
            QVERIFY(before[code][4] > 0);
        }
        Feed feed;
        feed.subscribe(*m_emu, kCodes);
        run(m_clock, *m_emu, 100, 20);
        QCOMPARE(feed.seen.size(), 10'000);
        auto mgr = create(*m_emu, "CpUtil.CpCodeMgr");
        for (const QString &code : kCodes) {
            const qint64 base = call(*mgr, "GetStockStdPrice", {code}).toLongLong();
            const qint64 unit = call(*mgr, "GetStockMarketKind", {code}).toInt() == 1 ? 10'000 : 1'000;
            const QList<qint64> &b = before[code];
            qint64 volume = b[4], value = b[5], high = b[2], low = b[3], ticks = 0, last = 0;
            for (const Seen &t : std::as_const(feed.seen)) {
                if (t.code != code)
                    continue;
                QVERIFY(Krx::isOnTick(t.price));
                QVERIFY(t.price <= Krx::upperLimit(base) && t.price >= Krx::lowerLimit(base));
                QVERIFY(t.ask >= t.bid && t.volume > 0);
                QCOMPARE(t.cumVolume, volume + t.volume);
                // value in 만원/천원, floored: the step is this trade's KRW within one unit
                QVERIFY(qAbs((t.cumValue - value) * unit - t.price * t.volume) < unit);
                QCOMPARE(t.change, t.price - base);
                QVERIFY(t.high >= std::max(high, t.price) && t.low <= std::min(low, t.price));
                QCOMPARE(t.open, b[1]);
                QVERIFY(t.side == '1' || t.side == '2');
                QCOMPARE(t.flag, int('2'));
                QCOMPARE(t.session, int('2'));
                QCOMPARE(t.sign, t.price > base ? int(t.price == Krx::upperLimit(base) ? '1' : '2')
                                 : t.price < base ? int(t.price == Krx::lowerLimit(base) ? '4' : '5') : int('3'));
                volume = t.cumVolume;
                value = t.cumValue;
                high = t.high;
                low = t.low;
                last = t.price;
                ++ticks;
            }
            QVERIFY2(ticks > 0, qPrintable(code));
            auto mst = snapshot(*m_emu, code); // the last tick plus what the path traded since
            QVERIFY(header(*mst, 18).toLongLong() >= volume);
            if (header(*mst, 18).toLongLong() == volume)
                QCOMPARE(header(*mst, 11).toLongLong(), last);
        }
    }

    void timesFollowTheClock()
    {
        Feed feed;
        feed.subscribe(*m_emu, {QStringLiteral("A005930")});
        run(m_clock, *m_emu, 10, 1000);
        QVERIFY(!feed.seen.isEmpty());
        QCOMPARE(feed.seen.first().time, 100000); // 10:00:00.005, mid-spread over the first slice
        QCOMPARE(feed.seen.last().time, 100009);  // 10:00:09.995, never past the clock
        for (int i = 1; i < feed.seen.size(); ++i)
            QVERIFY(feed.seen[i].time >= feed.seen[i - 1].time);
    }

    void sameSeedSameSequence()
    {
        FakeClock other = m_clock;
        Emulator twin(other.options());
        twin.setTicksPerSecond(5000);
        Emulator reseeded(other.options(QStringLiteral("always-open"), 7));
        reseeded.setTicksPerSecond(5000);
        Feed a, b, c;
        a.subscribe(*m_emu, kCodes);
        b.subscribe(twin, kCodes);
        c.subscribe(reseeded, kCodes);
        FakeClock third = m_clock;
        for (int i = 0; i < 30; ++i) {
            run(m_clock, *m_emu, 1, 17);
            run(other, twin, 1, 17);
            run(third, reseeded, 1, 17);
        }
        QCOMPARE(a.seen.size(), 30 * 85);
        QVERIFY(a.seen == b.seen);
        QVERIFY(a.seen != c.seen);
    }

    void largerCapsTradeMore()
    {
        Feed feed;
        feed.subscribe(*m_emu, {QStringLiteral("A005930"), QStringLiteral("A032820")}); // rank 0 vs ~300
        run(m_clock, *m_emu, 50, 20);
        const auto count = [&feed](const char *code) {
            return std::count_if(feed.seen.begin(), feed.seen.end(),
                                 [code](const Seen &s) { return s.code == QLatin1String(code); });
        };
        QCOMPARE(count("A005930") + count("A032820"), 5000);
        QVERIFY(count("A005930") > 5 * count("A032820"));
    }

    void subscribeLatestFiresOncePerRound()
    {
        Feed all, latest;
        all.subscribe(*m_emu, {QStringLiteral("A005930")});
        latest.subscribe(*m_emu, {QStringLiteral("A005930")}, "SubscribeLatest");
        run(m_clock, *m_emu, 10, 20);
        QCOMPARE(all.seen.size(), 1000);
        QCOMPARE(latest.seen.size(), 10);
        QCOMPARE(latest.seen.last(), all.seen.last());
    }

    // A huge backlog is worked off in bounded slices, at most one second of it.
    void workPerSliceIsBounded()
    {
        Feed feed;
        feed.subscribe(*m_emu, {QStringLiteral("A005930")});
        int received = 0;
        connect(feed.objects.front().get(), &ComObject::received, this, [&received] { ++received; });
        QObject::disconnect(feed.objects.front().get(), &ComObject::received, feed.objects.front().get(), nullptr);
        m_emu->setTicksPerSecond(1'000'000);
        m_clock.ms += 3'600'000;
        m_emu->runSlice();
        QCOMPARE(m_emu->stats().ticksGenerated, 20'000);
        for (int i = 0; i < 60; ++i)
            m_emu->runSlice(); // the clock stands still: only the backlog drains
        QCOMPARE(m_emu->stats().ticksGenerated, 1'000'000);
        QCOMPARE(received, 1'000'000);
    }

    void jpbidFollowsTheTrades()
    {
        auto book = create(*m_emu, "Dscbo1.StockJpbid");
        input(*book, 0, QStringLiteral("A000660"));
        int updates = 0;
        connect(book.get(), &ComObject::received, this, [&] {
            ++updates;
            QVERIFY(header(*book, 3).toLongLong() > header(*book, 4).toLongLong()); // ask 1 > bid 1
            QVERIFY(header(*book, 7).toLongLong() > header(*book, 3).toLongLong()); // ask 2 > ask 1
            QVERIFY(header(*book, 28).toLongLong() < header(*book, 20).toLongLong()); // bid 6 < bid 5
            qint64 asks = 0;
            for (int base : {3, 7, 11, 15, 19, 27, 31, 35, 39, 43})
                asks += header(*book, base + 2).toLongLong();
            QCOMPARE(header(*book, 23).toLongLong(), asks);
        });
        call(*book, "Subscribe");
        run(m_clock, *m_emu, 5, 20);
        QCOMPARE(updates, 500);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorTicks)
#include "tst_emulator_ticks.moc"
