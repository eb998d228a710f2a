#include "livequotes.h"
#include "calendar.h"
#include "core/domain/krxrules.h"
#include "history.h"
#include "listing.h"
#include "sessionclock.h"
#include <algorithm>
#include <cmath>

namespace cybos::emu {
namespace {
void setBook(LiveQuote &q, bool buyerInitiated)
{
    if (buyerInitiated) {
        q.ask = q.price;
        q.bid = std::max(q.lower, Krx::tickDown(q.price));
    } else {
        q.bid = q.price;
        q.ask = std::min(q.upper, Krx::tickUp(q.price));
    }
}

qint64 lowerOf(qint64 a, qint64 b) // 0 = no trade yet
{
    return a && b ? std::min(a, b) : std::max(a, b);
}

int minuteLabel(int second)
{
    return hhmm((second / 60 + 1) * 60);
}

// The time of the path's latest trade as of `nowMs` (it trades until 15:20, then at 15:30).
int pathHhmmss(const LiveQuote &q)
{
    const int now = kstDate(q.nowMs) == q.date ? kstSecond(q.nowMs) : 86'400;
    return hhmmss(now >= SessionClock::kClose ? SessionClock::kClose : std::min(now, SessionClock::kClosingAuction));
}
} // namespace

LiveQuote &LiveQuotes::get(const ListedStock &s, qint64 nowMs)
{
    LiveQuote &q = m_quotes[s.key];
    const QDate date = m_session.sessionDate(nowMs);
    if (!q.stock || q.date != date)
        reset(q, s, date);
    q.nowMs = nowMs;
    q.pathNow = q.path.at(m_history, s, q.date, nowMs);
    if (q.pathNow.volume < q.pathSeen.volume) // the clock went back: nothing new traded
        q.pathNow = q.pathSeen;
    present(q);
    return q;
}

void LiveQuotes::reset(LiveQuote &q, const ListedStock &s, QDate date)
{
    q = LiveQuote();
    q.stock = &s;
    q.date = date;
    const TradingCalendar &cal = TradingCalendar::instance();
    q.prevClose = m_history.close(s, std::max(0, cal.indexBefore(date)));
    q.upper = Krx::upperLimit(q.prevClose);
    q.lower = Krx::lowerLimit(q.prevClose);
    q.ticked.date = int(ymd(date));
}

void LiveQuotes::present(LiveQuote &q)
{
    const EmuBar &p = q.pathNow, &seen = q.pathSeen, &t = q.ticked;
    const qint64 moved = p.volume - seen.volume;
    const qint64 add = moved - std::min(q.ahead, moved);
    const auto share = [&](qint64 now, qint64 then) {
        return add == moved ? now - then : std::llround(double(now - then) * double(add) / double(moved));
    };
    q.volume = t.volume + add;
    q.valueKrw = t.valueKrw + share(p.valueKrw, seen.valueKrw);
    const qint64 sold = share(p.sellQty, seen.sellQty);
    q.sellQty = t.sellQty + sold;
    q.buyQty = t.buyQty + add - sold;
    // Path trades fully absorbed by earlier live volume change nothing: no trade shows them.
    const bool traded = add > 0;
    q.open = t.open ? t.open : p.open;
    q.high = traded ? std::max(t.high, p.high) : t.high;
    q.low = traded ? lowerOf(t.low, p.low) : t.low;
    q.price = traded ? p.close : t.volume ? t.close : q.prevClose;
    q.timeHhmmss = traded ? pathHhmmss(q) : q.tickedHhmmss;
    q.updates = q.liveUpdates + quint64(p.volume);
    setBook(q, traded ? 2 * sold <= add : q.lastBuy);
}

void LiveQuotes::adopt(const ListedStock &s, qint64 nowMs)
{
    LiveQuote &q = get(s, nowMs);
    if (q.touched)
        return;
    q.touched = true;
    q.adoptedMs = nowMs;
    q.ticked = q.pathNow; // untouched, the state is the path's exactly
    q.pathSeen = q.pathNow;
    q.tickedHhmmss = q.timeHhmmss;
    present(q);
}

LiveQuote &LiveQuotes::forTrade(const ListedStock &s, qint64 nowMs)
{
    adopt(s, nowMs);
    return get(s, nowMs);
}

qint64 LiveQuotes::trade(LiveQuote &q, qint64 price, qint64 extra, bool buyerInitiated, bool absorbable)
{
    const EmuBar &p = q.pathNow;
    const qint64 moved = p.volume - q.pathSeen.volume;
    const qint64 absorbed = std::min(q.ahead, moved);
    const qint64 carried = moved - absorbed, volume = carried + extra;
    q.ahead += (absorbable ? extra : 0) - absorbed;
    const int second = kstSecond(q.nowMs);
    EmuBar tick;
    tick.date = int(ymd(q.date));
    tick.time = minuteLabel(second);
    tick.open = tick.close = price;
    // The path's extremes since the last tick belong to this tick's minute.
    tick.high = carried && p.high > q.ticked.high ? std::max(price, p.high) : price;
    tick.low = carried && p.low && (!q.ticked.low || p.low < q.ticked.low) ? std::min(price, p.low) : price;
    tick.volume = volume;
    tick.valueKrw = price * volume;
    (buyerInitiated ? tick.buyQty : tick.sellQty) = volume;
    if (q.liveMinutes.empty() || q.liveMinutes.back().time != tick.time)
        q.liveMinutes.push_back(tick);
    else
        mergeBar(q.liveMinutes.back(), tick);
    mergeBar(q.ticked, tick);
    q.pathSeen = p;
    q.tickedHhmmss = hhmmss(second);
    q.lastBuy = buyerInitiated;
    ++q.liveUpdates;
    present(q);
    return volume;
}

void LiveQuotes::expect(LiveQuote &q, qint64 price, qint64 quantity)
{
    q.expectedPrice = price;
    q.expectedQty = quantity;
    q.tickedHhmmss = hhmmss(kstSecond(q.nowMs));
    ++q.liveUpdates;
    present(q);
}

EmuBar LiveQuotes::pendingBar(const LiveQuote &q) const
{
    EmuBar b;
    b.date = int(ymd(q.date));
    b.volume = q.volume - q.ticked.volume;
    if (b.volume <= 0)
        return EmuBar();
    const int t = q.timeHhmmss;
    b.time = minuteLabel(t / 10000 * 3600 + t / 100 % 100 * 60 + t % 100);
    b.open = b.close = q.price;
    b.high = q.high > q.ticked.high ? q.high : q.price;
    b.low = q.low && (!q.ticked.low || q.low < q.ticked.low) ? q.low : q.price;
    b.valueKrw = q.valueKrw - q.ticked.valueKrw;
    b.sellQty = q.sellQty - q.ticked.sellQty;
    b.buyQty = q.buyQty - q.ticked.buyQty;
    return b;
}

std::vector<EmuBar> LiveQuotes::todayMinutes(const LiveQuote &q)
{
    std::vector<EmuBar> bars =
        DayPath::minutesAt(m_history, *q.stock, q.date, q.touched ? q.adoptedMs : q.nowMs);
    if (!q.touched)
        return bars;
    const auto append = [&bars](const EmuBar &b) {
        if (!bars.empty() && bars.back().time == b.time)
            mergeBar(bars.back(), b);
        else
            bars.push_back(b);
    };
    for (const EmuBar &b : q.liveMinutes)
        append(b);
    if (const EmuBar pending = pendingBar(q); pending.volume > 0)
        append(pending);
    return bars;
}

EmuBar LiveQuotes::todayBar(const LiveQuote &q) const
{
    EmuBar b;
    b.date = int(ymd(q.date));
    if (q.volume == 0)
        return b;
    b.open = q.open;
    b.high = q.high;
    b.low = q.low;
    b.close = q.price;
    b.volume = q.volume;
    b.valueKrw = q.valueKrw;
    b.sellQty = q.sellQty;
    b.buyQty = q.buyQty;
    return b;
}

} // namespace cybos::emu
