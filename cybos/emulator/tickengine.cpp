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

void TickEngine::rebuildWeights(qint64 fromMs)
{
    m_stocks = m_ctx.subscriptions.stocks();
    for (const ListedStock *s : m_stocks) // a newly subscribed code continues from its state now
        m_ctx.market.live().adopt(*s, fromMs);
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
        rebuildWeights(from);
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
    LiveQuote &q = m_ctx.market.live().forTrade(s, atMs);
    switch (phase) {
    case Phase::Regular: continuousTrade(q, atMs, '2'); break;
    case Phase::OpeningAuction: expectedUpdate(q, atMs, '1'); break;
    case Phase::ClosingAuction: expectedUpdate(q, atMs, '5'); break;
    case Phase::PostClose: // post-close trading happens at the closing price
        trade(q, q.price, tradeVolume(q.price), m_rng.below(2) == 0, '4');
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
    const qint64 last = q.ticked.volume ? q.ticked.close : q.prevClose;
    if (LiveQuotes::pending(q) > 0) { // carry what the day's path traded since the last tick
        trade(q, q.price, 0, q.price > last || (q.price == last && m_rng.below(2) == 0), session);
        return;
    }
    // Nothing traded on the path since: a small trade a tick around its price (the previous
    // close before the open), pulled back towards it.
    const qint64 p = q.price, anchor = q.pathNow.volume ? q.pathNow.close : q.prevClose;
    const double stretch = std::clamp(std::log(double(p) / double(anchor)) / 0.01, -1.0, 1.0);
    qint64 next = p;
    if (m_rng.unit() >= 0.35)
        next = m_rng.unit() < 0.5 - 0.4 * stretch ? Krx::tickUp(p) : Krx::tickDown(p);
    next = std::clamp(next, q.lower, q.upper);
    const bool buy = next > p || (next == p && m_rng.below(2) == 0);
    const bool absorbable = DayPath::tradesAfter(q.date, atMs);
    trade(q, next, absorbable ? 1 : tradeVolume(next), buy, session, absorbable);
}

void TickEngine::expectedUpdate(LiveQuote &q, qint64 atMs, char session)
{
    // Expected prices wander towards the path's print and sit on it in the auction's last
    // minute, with its quantity building up to the print's volume.
    const bool opening = session == '1';
    const EmuBar print = m_ctx.market.live().auctionPrint(q, opening);
    const qint64 target = print.volume ? print.close : q.price;
    const int from = opening ? SessionClock::kAuctionStart : SessionClock::kClosingAuction;
    const qint64 start = kstEpochMs(q.date, from);
    const qint64 end = kstEpochMs(q.date, opening ? openSecond(q.date) : SessionClock::kClose);
    const qint64 base = q.expectedPrice ? q.expectedPrice : q.price;
    qint64 price = target;
    if (end - atMs > 60'000) {
        const int move = m_rng.below(4) == 0 ? 0 : base < target ? 1 : base > target ? -1 : m_rng.below(3) - 1;
        price = move > 0 ? Krx::tickUp(base) : move < 0 ? Krx::tickDown(base) : base;
    }
    price = std::clamp(price, q.lower, q.upper);
    const double share = std::clamp(double(atMs - start) / double(std::max<qint64>(1, end - start - 60'000)), 0.0, 1.0);
    m_ctx.market.live().expect(q, price, std::max<qint64>(1, std::llround(double(print.volume) * share)));
    // An expected price is no trade: the event carries the state as of the last trade.
    RealtimeEvent e = snapshotEvent(q, session);
    e.trade = false;
    e.price = price;
    e.volume = q.expectedQty;
    e.open = q.ticked.open;
    e.high = q.ticked.high;
    e.low = q.ticked.low;
    e.cumVolume = q.ticked.volume;
    e.cumValueKrw = q.ticked.valueKrw;
    e.cumSell = q.ticked.sellQty;
    e.cumBuy = q.ticked.buyQty;
    ++m_ctx.stats.ticksGenerated;
    m_ctx.subscriptions.publish(e);
}

void TickEngine::sessionPrint(const SessionEvent &ev)
{
    for (const ListedStock *s : m_stocks) {
        LiveQuote &q = m_ctx.market.live().forTrade(*s, ev.epochMs);
        if (ev.kind == SessionEvent::AfterHoursPrint) {
            // After-hours single price: within ±10 % of the close (and the day's limits).
            const qint64 lo = std::max(q.lower, Krx::ceilToTick(q.price * 9 / 10));
            const qint64 hi = std::min(q.upper, Krx::floorToTick(q.price * 11 / 10));
            const int move = m_rng.below(5) - 2;
            qint64 p = q.price;
            for (int i = 0; i < std::abs(move); ++i)
                p = move > 0 ? Krx::tickUp(p) : Krx::tickDown(p);
            trade(q, std::clamp(p, lo, hi), tradeVolume(p), move >= 0, '4');
            continue;
        }
        // The auction's single price: the path's print, where the expected price converged.
        const qint64 last = q.ticked.volume ? q.ticked.close : q.prevClose;
        q.expectedPrice = 0;
        q.expectedQty = 0;
        trade(q, q.price, LiveQuotes::pending(q) > 0 ? 0 : 1, q.price >= last, '2');
    }
}

void TickEngine::trade(LiveQuote &q, qint64 price, qint64 extra, bool buy, char session, bool absorbable)
{
    const qint64 volume = m_ctx.market.live().trade(q, price, extra, buy, absorbable);
    RealtimeEvent e = snapshotEvent(q, session);
    e.trade = true;
    e.price = price;
    e.volume = volume;
    e.buyerInitiated = buy;
    ++m_ctx.stats.ticksGenerated;
    m_ctx.subscriptions.publish(e);
}

} // namespace cybos::emu
