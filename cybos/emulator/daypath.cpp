#include "daypath.h"
#include "calendar.h"
#include "history.h"
#include "listing.h"
#include "sessionclock.h"
#include <algorithm>

namespace cybos::emu {
namespace {
constexpr qint64 kTickSpanMs = 15'000;
constexpr qint64 kDayMs = 86'400'000;

int continuousMinutes(QDate date)
{
    return (SessionClock::kClosingAuction - openSecond(date)) / 60;
}

// What the ticks of one minute traded `offsetMs` into it.
void addPartial(EmuBar &into, const std::vector<EmuBar> &ticks, qint64 offsetMs, bool opening)
{
    const qint64 count = qint64(ticks.size());
    for (qint64 j = 0; j < count; ++j) {
        const EmuBar &t = ticks[size_t(j)];
        const qint64 start = (4 - count + j) * kTickSpanMs;
        qint64 volume = t.volume;
        if (!(opening && j == 0)) { // the opening print trades at its instant
            if (offsetMs <= start)
                break;
            volume = 1 + (t.volume - 1) * std::min(kTickSpanMs, offsetMs - start) / kTickSpanMs;
        }
        EmuBar part = t;
        part.volume = volume;
        part.valueKrw = volume * t.close;
        part.sellQty = t.sellQty ? volume : 0;
        part.buyQty = volume - part.sellQty;
        mergeBar(into, part);
    }
}
} // namespace

DayPath::Moment DayPath::momentOf(QDate date, qint64 epochMs)
{
    Moment m;
    const QDate today = kstDate(epochMs);
    const qint64 ms = today > date ? kDayMs : qint64(kstSecond(epochMs)) * 1000 + epochMs % 1000;
    const qint64 openMs = qint64(openSecond(date)) * 1000;
    if (today < date || ms < openMs)
        return m;
    m.day = TradingCalendar::instance().indexOf(date);
    const int n = continuousMinutes(date);
    m.minute = int(std::min<qint64>(n, (ms - openMs) / 60'000));
    m.offsetMs = ms - openMs - qint64(m.minute) * 60'000;
    m.auction = ms >= qint64(SessionClock::kClose) * 1000;
    return m;
}

bool DayPath::tradesAfter(QDate date, qint64 epochMs)
{
    const QDate today = kstDate(epochMs);
    return TradingCalendar::instance().indexOf(date) >= 0
        && (today < date || (today == date && kstSecond(epochMs) < SessionClock::kClose));
}

void DayPath::load(History &history, const ListedStock &s, int day, int minute)
{
    if (m_key == s.key && m_day == day && m_minute == minute)
        return;
    const std::vector<EmuBar> bars = history.minutes(s, day);
    const bool forward = m_key == s.key && m_day == day && m_minute >= 0 && m_minute < minute;
    if (!forward)
        m_closed = EmuBar();
    for (int i = forward ? m_minute : 0; i < minute; ++i)
        mergeBar(m_closed, bars[size_t(i)]);
    const size_t n = bars.size() - 1; // the last bar is the closing auction
    m_ticks = size_t(minute) < n ? ticksOfMinute(bars[size_t(minute)]) : std::vector<EmuBar>();
    m_auction = bars.back();
    m_key = s.key;
    m_day = day;
    m_minute = minute;
}

EmuBar DayPath::at(History &history, const ListedStock &s, QDate date, qint64 epochMs)
{
    const Moment m = momentOf(date, epochMs);
    EmuBar bar;
    if (m.day >= 0) {
        load(history, s, m.day, m.minute);
        bar = m_closed;
        addPartial(bar, m_ticks, m.offsetMs, m.minute == 0);
        if (m.auction)
            mergeBar(bar, m_auction);
    }
    bar.date = int(ymd(date));
    return bar;
}

EmuBar DayPath::print(History &history, const ListedStock &s, QDate date, bool opening)
{
    const int day = TradingCalendar::instance().indexOf(date);
    if (day < 0)
        return EmuBar();
    if (opening) // the first minute, at its first instant: the opening print alone
        return at(history, s, date, kstEpochMs(date, openSecond(date)));
    load(history, s, day, continuousMinutes(date));
    return m_auction;
}

std::vector<EmuBar> DayPath::minutesAt(History &history, const ListedStock &s, QDate date, qint64 epochMs)
{
    const Moment m = momentOf(date, epochMs);
    std::vector<EmuBar> bars;
    if (m.day < 0)
        return bars;
    const std::vector<EmuBar> all = history.minutes(s, m.day);
    bars.assign(all.begin(), all.begin() + m.minute);
    if (size_t(m.minute) + 1 < all.size()) {
        EmuBar current;
        addPartial(current, ticksOfMinute(all[size_t(m.minute)]), m.offsetMs, m.minute == 0);
        if (current.volume > 0)
            bars.push_back(current);
    } else if (m.auction) {
        bars.push_back(all.back());
    }
    return bars;
}

} // namespace cybos::emu
