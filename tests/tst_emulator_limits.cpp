// Cybos' limits as the emulator enforces them (../shared/cybos-api.md §1): 60 quote requests
// per 15 s window (the 61st blocks until the window resets), chart continuations cost one
// each, and at most 400 live subscriptions (the 401st fails and counts nothing).
#include "emulatorfixture.h"
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestEmulatorLimits : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;
    std::unique_ptr<ComObject> m_cybos;

    int remaining(int type) { return call(*m_cybos, "GetLimitRemainCount", {type}).toInt(); }
    int remainTime() { return m_cybos->getProperty(QStringLiteral("LimitRequestRemainTime")).toInt(); }

private Q_SLOTS:
    void init()
    {
        m_clock = FakeClock();
        m_clock.setKst(kWednesday, 10, 0);
        m_emu = std::make_unique<Emulator>(m_clock.options());
        m_cybos = create(*m_emu, "CpUtil.CpCybos");
    }
    void cleanup()
    {
        m_cybos.reset();
        m_emu.reset();
    }

    // The 61st request of a window blocks (sleeps) until 15 s after the window's first one.
    void sixtyFirstRequestBlocks()
    {
        auto mst = create(*m_emu, "DsCbo1.StockMst");
        input(*mst, 0, QStringLiteral("A005930"));
        const qint64 start = m_clock.ms;
        for (int i = 0; i < 60; ++i) {
            QCOMPARE(call(*mst, "BlockRequest").toInt(), 0);
            QCOMPARE(remaining(1), 59 - i);
            m_clock.ms += 100;
        }
        QCOMPARE(m_clock.sleeps, 0);
        QCOMPARE(remainTime(), 15'000 - 6'000);
        QCOMPARE(m_emu->stats().blockedRequests, 0);
        QCOMPARE(call(*mst, "BlockRequest").toInt(), 0);
        QCOMPARE(m_clock.sleeps, 1);
        QCOMPARE(m_clock.slept, 9'000);
        QCOMPARE(m_clock.ms, start + 15'000);
        QCOMPARE(m_emu->stats().blockedRequests, 1);
        QCOMPARE(m_emu->stats().requests, 61);
        QCOMPARE(remaining(1), 59); // the blocked request opened the next window
        QCOMPARE(remainTime(), 15'000);
    }

    void windowResetsFifteenSecondsAfterItsFirstRequest()
    {
        auto mst = create(*m_emu, "DsCbo1.StockMst");
        input(*mst, 0, QStringLiteral("A000660"));
        QCOMPARE(remaining(1), 60);
        QCOMPARE(remainTime(), 0);
        for (int i = 0; i < 30; ++i)
            call(*mst, "BlockRequest");
        m_clock.ms += 14'999;
        QCOMPARE(remaining(1), 30);
        QCOMPARE(remainTime(), 1);
        m_clock.ms += 1;
        QCOMPARE(remaining(1), 60);
        QCOMPARE(m_emu->stats().blockedRequests, 0);
    }

    // Request() counts too and blocks the same way, before its Received is queued.
    void asyncRequestsCountAndBlock()
    {
        auto mst = create(*m_emu, "DsCbo1.StockMst");
        input(*mst, 0, QStringLiteral("A005930"));
        QSignalSpy received(mst.get(), &ComObject::received);
        for (int i = 0; i < 61; ++i) {
            call(*mst, "Request");
            QCOMPARE(call(*mst, "GetDibStatus").toInt(), 1);
            QVERIFY(received.wait(1000));
            QCOMPARE(call(*mst, "GetDibStatus").toInt(), 0);
        }
        QCOMPARE(m_emu->stats().requests, 61);
        QCOMPARE(m_emu->stats().blockedRequests, 1);
        QCOMPARE(m_clock.sleeps, 1);
    }

    void chartContinuationCostsOne()
    {
        // Count mode: Continue stays 1 past the count (older rows exist), so the client stops
        // by itself once it has the rows it asked for.
        auto c = chart(*m_emu, QStringLiteral("A005930"), 'm', 5000, {0, 1, 5});
        QCOMPARE(call(*c, "BlockRequest").toInt(), 0);
        QCOMPARE(remaining(1), 59);
        int pages = 1, rows = header(*c, 3).toInt();
        while (c->getProperty(QStringLiteral("Continue")).toInt() == 1 && rows < 5000) {
            QCOMPARE(call(*c, "BlockRequest").toInt(), 0);
            ++pages;
            rows += header(*c, 3).toInt();
            QCOMPARE(remaining(1), 60 - pages);
        }
        QCOMPARE(pages, 1); // 5,000 rows fit in one page of 6,665
        c = chart(*m_emu, QStringLiteral("A005930"), 'm', 20'000, {0, 1, 2, 3, 4, 5, 8, 9, 37});
        for (pages = 1, call(*c, "BlockRequest"), rows = header(*c, 3).toInt(); rows < 20'000; ++pages) {
            QCOMPARE(c->getProperty(QStringLiteral("Continue")).toInt(), 1);
            call(*c, "BlockRequest");
            rows += header(*c, 3).toInt();
        }
        QCOMPARE(rows, 20'000);
        QCOMPARE(pages, 10); // ceil(20,000 / 2,221)
        QCOMPARE(m_emu->stats().requests, 11);
    }

    void fourHundredAndFirstSubscriptionFails()
    {
        const QStringList codes = call(*create(*m_emu, "CpUtil.CpCodeMgr"), "GetStockListByMarket", {1}).toStringList();
        std::vector<std::unique_ptr<ComObject>> subs;
        for (int i = 0; i < 400; ++i) {
            subs.push_back(create(*m_emu, i % 2 ? "Dscbo1.StockCur" : "Dscbo1.StockJpbid"));
            input(*subs.back(), 0, codes[i % 300]);
            call(*subs.back(), "Subscribe");
            QCOMPARE(call(*subs.back(), "GetDibStatus").toInt(), 0);
        }
        call(*subs.front(), "Subscribe"); // subscribing again does not count twice
        QCOMPARE(remaining(2), 0);
        QCOMPARE(m_emu->stats().subscriptions, 400);
        auto extra = create(*m_emu, "Dscbo1.StockCur");
        input(*extra, 0, QStringLiteral("A005930"));
        call(*extra, "Subscribe");
        QCOMPARE(call(*extra, "GetDibStatus").toInt(), -1);
        QVERIFY(!call(*extra, "GetDibMsg1").toString().isEmpty());
        QCOMPARE(m_emu->stats().subscriptions, 400);
        call(*subs.back(), "Unsubscribe");
        subs.pop_back(); // and a destroyed object gives its subscription back
        call(*subs.back(), "Unsubscribe");
        QCOMPARE(remaining(2), 2);
        call(*extra, "SubscribeLatest");
        QCOMPARE(call(*extra, "GetDibStatus").toInt(), 0);
        QCOMPARE(m_emu->stats().subscriptions, 399);
    }

    void failedSubscribeCountsNothing()
    {
        auto cur = create(*m_emu, "Dscbo1.StockCur");
        input(*cur, 0, QStringLiteral("A999999"));
        call(*cur, "Subscribe");
        QCOMPARE(call(*cur, "GetDibStatus").toInt(), -1);
        QCOMPARE(remaining(2), 400);
        input(*cur, 0, QStringLiteral("A005930"));
        call(*cur, "Subscribe");
        QCOMPARE(remaining(2), 399);
        cur.reset();
        QCOMPARE(remaining(2), 400);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorLimits)
#include "tst_emulator_limits.moc"
