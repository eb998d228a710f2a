#include "tickengine.h"
#include "calendar.h"
#include "core/domain/krxrules.h"
#include "emucontext.h"
#include <algorithm>
#include <cmath>

namespace cybos::emu {
namespace {
constexpr int kSliceMs = 5;
constexpr qint64 kMaxCatchUpMs = 7 * 86'400'000; // a clock jump further back is not replayed

// Share of the tick rate per phase: auctions send expected prices, post-close trades are rare.
double phaseShare(Phase p)
{
    switch (p) {
    case Phase::Regular: return 1.0;
    case Phase::OpeningAuction:
    case Phase::ClosingAuction: return 0.2;
    case Phase::PostClose: return 0.05;
    default: return 0.0;
    }
}
} // namespace

TickEngine::TickEngine(EmuContext &ctx, int ticksPerSecond, quint32 seed)
    : m_ctx(ctx), m_rng(hashOf(seed, 0x7469636B)), m_rate(qBound(1, ticksPerSecond, 1'000'000))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kSliceMs);
    connect(&m_timer, &QTimer::timeout, this, &TickEngine::slice);
}

void TickEngine::setRate(int ticksPerSecond)
{
    m_rate = qBound(1, ticksPerSecond, 1'000'000);
}

void TickEngine::wake()
{
    if (m_last < 0)
        m_last = m_ctx.now(); // ticks are due from the first subscription on
    if (!m_timer.isActive())
        m_timer.start();
}

void TickEngine::rebuildWeights()
{
    m_stocks = m_ctx.subscriptions.stocks();
    m_cumulative.clear();
    double total = 0;
    for (const ListedStock *s : m_stocks) {
        total += 1.0 / std::sqrt(s->rank + 1.0);
        m_cumulative.push_back(total);
    }
    m_generation = m_ctx.subscriptions.generation();
}

const ListedStock *TickEngine::pick()
{
    const double u = m_rng.unit() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
    return m_stocks[std::min(size_t(it - m_cumulative.begin()), m_stocks.size() - 1)];
}

void TickEngine::slice()
{
    const qint64 now = m_ctx.now();
    if (m_ctx.subscriptions.count() == 0) {
        m_timer.stop();
        m_last = -1;
        m_carry = 0;
        return;
    }
    if (!m_ctx.link.isUp() || m_last < 0) {
        m_last = now;
        m_carry = 0;
        return;
    }
    const qint64 from = std::max(std::min(m_last, now), now - kMaxCatchUpMs);
    if (now == from && m_carry < 1)
        return;
    if (m_generation != m_ctx.subscriptions.generation())
        rebuildWeights();
    m_last = now;
    int budget = int(std::max(50.0, m_rate / 50.0)); // 20 ms worth of ticks per slice
    const SessionClock &session = m_ctx.market.session();
    for (qint64 t = from; t < now;) { // segments never straddle a session boundary
        const qint64 end = std::min(now, session.nextBoundary(t));
        budget -= segment(t, end, session.phase(t), budget);
        for (const SessionEvent &ev : session.eventsBetween(t, end))
            sessionPrint(ev);
        t = end;
    }
    if (now == from) // the clock stood still: work off the backlog
        segment(now, now, session.phase(now), budget);
    m_ctx.subscriptions.flushLatest();
}

int TickEngine::segment(qint64 from, qint64 to, Phase phase, int budget)
{
    // Due ticks accumulate in m_carry (at most one second of backlog).
    m_carry = std::min(m_carry + double(to - from) * m_rate / 1000.0 * phaseShare(phase), double(m_rate));
    const int n = std::max(0, std::min(int(m_carry), budget));
    m_carry -= n;
    for (int i = 0; i < n && !m_stocks.empty(); ++i)
        tick(*pick(), from + (to - from) * (2 * i + 1) / (2 * n), phase);
    return n;
}

void TickEngine::tick(const ListedStock &s, qint64 atMs, Phase phase)
{
    LiveQuote &q = m_ctx.market.live().get(s, atMs);
    switch (phase) {
    case Phase::Regular: continuousTrade(q, atMs, '2'); break;
    case Phase::OpeningAuction: expectedUpdate(q, atMs, '1'); break;
    case Phase::ClosingAuction: expectedUpdate(q, atMs, '5'); break;
    case Phase::PostClose: // post-close trading happens at the closing price
        trade(q, q.price, tradeVolume(q.price), m_rng.below(2) == 0, atMs, '4');
        break;
    default: break;
    }
}

qint64 TickEngine::tradeVolume(qint64 price)
{
    const double mean = std::max(1.0, 2'000'000.0 / double(price)) * (0.2 + 1.6 * m_rng.unit());
    return 1 + qint64(-std::log(1.0 - m_rng.unit()) * mean);
}

void TickEngine::continuousTrade(LiveQuote &q, qint64 atMs, char session)
{
    const qint64 p = q.price;
    // A walk of one tick at a time, pulled back towards the previous close.
    const double stretch = std::log(double(p) / double(q.prevClose)) / 0.3;
    const double r = m_rng.unit();
    qint64 next = p;
    if (r >= 0.35)
        next = m_rng.unit() < 0.5 - 0.4 * stretch ? Krx::tickUp(p) : Krx::tickDown(p);
    next = std::clamp(next, q.lower, q.upper);
    const bool buy = next > p || (next == p && m_rng.below(2) == 0);
    trade(q, next, tradeVolume(next), buy, atMs, session);
}

void TickEngine::expectedUpdate(LiveQuote &q, qint64 atMs, char session)
{
    const qint64 base = q.expectedPrice ? q.expectedPrice : q.price;
    const int move = m_rng.below(3) - 1;
    qint64 price = move > 0 ? Krx::tickUp(base) : move < 0 ? Krx::tickDown(base) : base;
    price = std::clamp(price, q.lower, q.upper);
    m_ctx.market.live().expect(q, price, tradeVolume(price), atMs);
    RealtimeEvent e = snapshotEvent(q, session);
    e.trade = false;
    e.price = price;
    e.volume = q.expectedQty;
    ++m_ctx.stats.ticksGenerated;
    m_ctx.subscriptions.publish(e);
}

void TickEngine::sessionPrint(const SessionEvent &ev)
{
    for (const ListedStock *s : m_stocks) {
        LiveQuote &q = m_ctx.market.live().get(*s, ev.epochMs);
        if (ev.kind == SessionEvent::AfterHoursPrint) {
            // After-hours single price: within ±10 % of the close (and the day's limits).
            const qint64 lo = std::max(q.lower, Krx::ceilToTick(q.price * 9 / 10));
            const qint64 hi = std::min(q.upper, Krx::floorToTick(q.price * 11 / 10));
            const int move = m_rng.below(5) - 2;
            qint64 p = q.price;
            for (int i = 0; i < std::abs(move); ++i)
                p = move > 0 ? Krx::tickUp(p) : Krx::tickDown(p);
            trade(q, std::clamp(p, lo, hi), tradeVolume(p), move >= 0, ev.epochMs, '4');
            continue;
        }
        // The auction's single price: the last expected price and quantity become one trade.
        const qint64 price = q.expectedPrice ? q.expectedPrice : q.price;
        const qint64 volume = std::max(q.expectedQty, tradeVolume(price));
        q.expectedPrice = 0;
        q.expectedQty = 0;
        trade(q, price, volume, price >= q.price, ev.epochMs, '2');
    }
}

void TickEngine::trade(LiveQuote &q, qint64 price, qint64 volume, bool buy, qint64 atMs, char session)
{
    m_ctx.market.live().trade(q, price, volume, buy, atMs);
    RealtimeEvent e = snapshotEvent(q, session);
    e.trade = true;
    e.price = price;
    e.volume = volume;
    e.buyerInitiated = buy;
    ++m_ctx.stats.ticksGenerated;
    m_ctx.subscriptions.publish(e);
}

} // namespace cybos::emu
