#include "livequotes.h"
#include "calendar.h"
#include "core/domain/krxrules.h"
#include "history.h"
#include "listing.h"
#include "sessionclock.h"
#include <algorithm>

namespace cybos::emu {
namespace {
int labelSecond(int time)
{
    return time / 100 * 3600 + time % 100 * 60;
}

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
} // namespace

LiveQuote &LiveQuotes::get(const ListedStock &s, qint64 nowMs)
{
    LiveQuote &q = m_quotes[s.key];
    const QDate date = m_session.sessionDate(nowMs);
    if (!q.stock || q.date != date)
        reset(q, s, date);
    if (!q.touched && m_session.isKrx())
        follow(q, nowMs);
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
    q.price = q.prevClose;
    setBook(q, false);
}

std::vector<EmuBar> LiveQuotes::generatedPrefix(const LiveQuote &q, int second)
{
    std::vector<EmuBar> bars;
    const int day = TradingCalendar::instance().indexOf(q.date);
    if (second < 0 || day < 0)
        return bars;
    for (const EmuBar &b : m_history.minutes(*q.stock, day)) {
        if (labelSecond(b.time) > second)
            break;
        bars.push_back(b);
    }
    return bars;
}

void LiveQuotes::follow(LiveQuote &q, qint64 nowMs)
{
    const int second = kstDate(nowMs) == q.date ? kstSecond(nowMs) : 86'400;
    if (q.followedSecond >= 0 && second / 60 == q.followedSecond / 60)
        return;
    q.followedSecond = second;
    EmuBar day;
    for (const EmuBar &b : generatedPrefix(q, second))
        mergeBar(day, b);
    q.open = day.open;
    q.high = day.high;
    q.low = day.low;
    q.price = day.volume ? day.close : q.prevClose;
    q.volume = day.volume;
    q.valueKrw = day.valueKrw;
    q.sellQty = day.sellQty;
    q.buyQty = day.buyQty;
    q.timeHhmmss = day.volume ? day.time * 100 : 0;
    setBook(q, day.volume && day.close >= day.open);
}

void LiveQuotes::trade(LiveQuote &q, qint64 price, qint64 volume, bool buyerInitiated, qint64 nowMs)
{
    q.touched = true;
    const int second = kstSecond(nowMs);
    EmuBar tick;
    tick.date = int(ymd(q.date));
    tick.time = hhmm((second / 60 + 1) * 60);
    tick.open = tick.high = tick.low = tick.close = price;
    tick.volume = volume;
    tick.valueKrw = price * volume;
    (buyerInitiated ? tick.buyQty : tick.sellQty) = volume;
    if (q.liveMinutes.empty() || q.liveMinutes.back().time != tick.time)
        q.liveMinutes.push_back(tick);
    else
        mergeBar(q.liveMinutes.back(), tick);
    q.open = q.open ? q.open : price;
    q.high = std::max(q.high, price);
    q.low = q.low ? std::min(q.low, price) : price;
    q.price = price;
    q.volume += volume;
    q.valueKrw += tick.valueKrw;
    q.sellQty += tick.sellQty;
    q.buyQty += tick.buyQty;
    q.timeHhmmss = hhmmss(second);
    ++q.updates;
    setBook(q, buyerInitiated);
}

void LiveQuotes::expect(LiveQuote &q, qint64 price, qint64 quantity, qint64 nowMs)
{
    q.expectedPrice = price;
    q.expectedQty += quantity;
    q.timeHhmmss = hhmmss(kstSecond(nowMs));
    ++q.updates;
}

std::vector<EmuBar> LiveQuotes::todayMinutes(const LiveQuote &q)
{
    std::vector<EmuBar> bars = generatedPrefix(q, q.followedSecond);
    bars.insert(bars.end(), q.liveMinutes.begin(), q.liveMinutes.end());
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
