// --cybos-request async|block on the emulator, at a frozen (fake) time so both modes see the
// same market: the same snapshot, batch quotes, order book and chart page either way; block
// mode calls BlockRequest and never Request, async the reverse; and in block mode the 61st
// request in a 15-s window waits inside BlockRequest until the window frees, then succeeds.
#include "cybos/adapter/cybosfeed.h"
#include "adapterfake.h"
#include "adapterrecording.h"
#include "emulatorfixture.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {

template<typename T>
T withoutTime(T value)
{
    value.timeMs = 0; // stamped with the wall clock at reading
    return value;
}

} // namespace

class TestAdapterEmulatorModes : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;

    std::unique_ptr<CybosFeed> feed(RecordingDispatch &dispatch, RequestMode mode)
    {
        auto f = std::make_unique<CybosFeed>(dispatch, QStringLiteral("emulator"));
        f->setRequestMode(mode);
        return f;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = FakeClock();
        m_clock.setKst(kWednesday, 10, 30);
        m_emu = std::make_unique<Emulator>(m_clock.options());
    }
    void cleanup() { m_emu.reset(); }

    void bothModesGiveTheSameData()
    {
        RecordingDispatch asyncCalls(*m_emu), blockCalls(*m_emu);
        auto async = feed(asyncCalls, RequestMode::Async);
        auto block = feed(blockCalls, RequestMode::Block);
        const QStringList codes{QStringLiteral("005930"), QStringLiteral("247540"), QStringLiteral("000660")};
        for (const QString &code : codes) {
            const Result<Quote> a = await(async->snapshot(code)), b = await(block->snapshot(code));
            if (!a.ok() || !b.ok())
                QFAIL(qPrintable(code + u' ' + (a.ok() ? b : a).error().message));
            QVERIFY(a->prevClose > 0);
            QCOMPARE(withoutTime(*b), withoutTime(*a));
            const Result<OrderBook> ba = await(async->orderBook(code)), bb = await(block->orderBook(code));
            QVERIFY(ba.ok() && bb.ok());
            QVERIFY(ba->asks[0].price > 0);
            QCOMPARE(withoutTime(*bb), withoutTime(*ba));
        }
        const Result<QuoteList> ma = await(async->snapshots(codes)), mb = await(block->snapshots(codes));
        QVERIFY(ma.ok() && mb.ok());
        QCOMPARE(ma->size(), 3);
        for (qsizetype i = 0; i < ma->size(); ++i)
            QCOMPARE(withoutTime(mb->at(i)), withoutTime(ma->at(i)));
        for (Interval interval : {Interval::Day, Interval::Min1}) {
            const ChartQuery query{QStringLiteral("005930"), interval, true, {}, {}};
            const int ha = async->openChart(query), hb = block->openChart(query);
            for (int page = 0; page < 2; ++page) { // the Continue paging too
                const Result<ChartPage> pa = await(async->nextChartPage(ha)), pb = await(block->nextChartPage(hb));
                QVERIFY(pa.ok() && pb.ok());
                QVERIFY(page > 0 || !pa->bars.isEmpty());
                QCOMPARE(pb->bars, pa->bars);
                QCOMPARE(pb->more, pa->more);
            }
            async->closeChart(ha);
            block->closeChart(hb);
        }
        QVERIFY(blockCalls.calls.contains(QStringLiteral("BlockRequest")));
        QVERIFY(!blockCalls.calls.contains(QStringLiteral("Request")));
        QVERIFY(asyncCalls.calls.contains(QStringLiteral("Request")));
        QVERIFY(!asyncCalls.calls.contains(QStringLiteral("BlockRequest")));
    }

    void blockModeWaitsOutTheLimitWindow()
    {
        RecordingDispatch calls(*m_emu);
        auto block = feed(calls, RequestMode::Block);
        for (int i = 0; i < 60; ++i)
            QVERIFY(await(block->snapshot(QStringLiteral("005930"))).ok());
        QCOMPARE(m_emu->stats().blockedRequests, 0);
        QCOMPARE(block->requestBudget().remaining, 0);
        QCOMPARE(m_clock.slept, 0);
        const Result<Quote> q = await(block->snapshot(QStringLiteral("005930"))); // the 61st
        QVERIFY(q.ok());
        QCOMPARE(m_emu->stats().blockedRequests, 1);
        QCOMPARE(m_clock.slept, 15'000); // the whole window: the fake clock did not move meanwhile
        QCOMPARE(block->requestBudget().remaining, 59);
    }

    void blockModeErrors()
    {
        RecordingDispatch calls(*m_emu);
        auto block = feed(calls, RequestMode::Block);
        m_emu->failRequests(4, 1);
        const Result<Quote> failed = await(block->snapshot(QStringLiteral("005930")));
        QCOMPARE(failed.error().code, ErrorCode::FeedError);
        QVERIFY(!failed.error().message.isEmpty());
        QCOMPARE(await(block->snapshot(QStringLiteral("999999"))).error().code, ErrorCode::UnknownCode);
        m_emu->disconnectFor(60'000);
        QCOMPARE(await(block->snapshot(QStringLiteral("005930"))).error().code, ErrorCode::FeedDisconnected);
    }
};

QTEST_GUILESS_MAIN(TestAdapterEmulatorModes)
#include "tst_adapteremulatormodes.moc"
