#include "chartcursor.h"
#include "calendar.h"
#include "emucontext.h"
#include <algorithm>
#include <climits>
#include <utility>

namespace cybos::emu {
namespace {
int groupKey(char type, int date)
{
    const QDate d(date / 10000, date / 100 % 100, date % 100);
    if (type == 'W') // the Monday of the week
        return int(d.toJulianDay() - d.dayOfWeek() + 1);
    return date / 100;
}

// Field 0 of a weekly or monthly row, as Cybos dates them (cybos-api.md §0b, AKX): a month is
// YYYYMM00; a week is YYYYMM, its week of the month, then 0 — week 1 being the week from the
// first Sunday of the month (its Monday after that Sunday: AKX), so a week is labelled by the
// month of its Sunday and a month's first days before that belong to the previous month.
int cybosPeriodDate(char type, int lastDay)
{
    if (type == 'M')
        return lastDay / 100 * 100;
    const QDate d(lastDay / 10000, lastDay / 100 % 100, lastDay % 100);
    const QDate sunday = d.addDays(-(d.dayOfWeek() % 7));
    return sunday.year() * 10000 + sunday.month() * 100 + ((sunday.day() - 1) / 7 + 1) * 10;
}

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Groups bars (oldest first) into rows of `period` bars, or of period-minute buckets.
std::vector<EmuBar> group(const std::vector<EmuBar> &bars, int period, bool byMinute, int openMinute,
                          std::vector<int> &counts)
{
    std::vector<EmuBar> out;
    int lastKey = INT_MIN;
    for (size_t i = 0; i < bars.size(); ++i) {
        const int minute = bars[i].time / 100 * 60 + bars[i].time % 100;
        const int key = byMinute ? floorDiv(minute - 1 - openMinute, period) : int(i) / period;
        if (out.empty() || key != lastKey) {
            out.push_back(EmuBar{});
            counts.push_back(0);
        }
        mergeBar(out.back(), bars[i]);
        ++counts.back();
        lastKey = key;
    }
    return out;
}
} // namespace

ChartCursor::ChartCursor(EmuContext &ctx, const ChartQuery &query) : m_ctx(ctx), m_query(query)
{
    const LiveQuote &q = ctx.quote(*query.stock);
    const int end = query.endDate ? query.endDate : INT_MAX;
    const TradingCalendar &cal = TradingCalendar::instance();
    m_todayPending = q.volume > 0 && ymd(q.date) <= end;
    m_nextDay = cal.indexBefore(q.date);
    if (query.endDate)
        m_nextDay = std::min(m_nextDay, cal.indexOnOrBefore(QDate(end / 10000, end / 100 % 100, end % 100)));
}

std::optional<ChartCursor::Day> ChartCursor::nextDay(bool withMinutes)
{
    Day d;
    const ListedStock &s = *m_query.stock;
    if (m_todayPending) {
        m_todayPending = false;
        LiveQuotes &live = m_ctx.market.live();
        const LiveQuote &q = m_ctx.quote(s);
        d.date = int(ymd(q.date));
        d.prevClose = q.prevClose;
        d.bar = live.todayBar(q);
        if (withMinutes)
            d.bars = live.todayMinutes(q);
    } else {
        History &history = m_ctx.market.history();
        if (m_nextDay < 0 || m_nextDay < history.firstDay(s))
            return std::nullopt;
        const int day = m_nextDay--;
        d.date = int(ymd(TradingCalendar::instance().at(day)));
        d.prevClose = history.close(s, day - 1);
        if (withMinutes)
            d.bars = history.minutes(s, day);
        else
            d.bar = history.dayBar(s, day);
    }
    // Period mode ends at the start date; a weekly chart still completes the start's week.
    if (!m_query.byCount && d.date < m_query.startDate
        && !(m_query.type == 'W' && groupKey('W', d.date) == groupKey('W', m_query.startDate))) {
        m_nextDay = -1;
        return std::nullopt;
    }
    return d;
}

void ChartCursor::fillIntraday(const Day &day)
{
    std::vector<EmuBar> source;
    if (m_query.type == 'T') {
        for (const EmuBar &m : day.bars) {
            const std::vector<EmuBar> ticks = ticksOfMinute(m);
            source.insert(source.end(), ticks.begin(), ticks.end());
        }
    }
    std::vector<int> counts;
    const int openMinute = openSecond(QDate(day.date / 10000, day.date / 100 % 100, day.date % 100)) / 60;
    std::vector<EmuBar> rows = m_query.type == 'T'
        ? group(source, m_query.period, false, openMinute, counts)
        : group(day.bars, m_query.period, true, openMinute, counts);
    qint64 sells = 0, buys = 0;
    for (EmuBar &b : rows) { // fields 10/11 are cumulative within the day
        sells += b.sellQty;
        buys += b.buyQty;
        b.sellQty = sells;
        b.buyQty = buys;
    }
    for (size_t i = rows.size(); i-- > 0;)
        m_buffer.push_back(ChartRow{rows[i], day.prevClose, m_query.type == 'T' ? counts[i] : 0});
}

std::optional<ChartRow> ChartCursor::nextGroup()
{
    std::optional<Day> first = m_carry ? std::exchange(m_carry, std::nullopt) : nextDay(false);
    if (!first)
        return std::nullopt;
    std::vector<Day> days{*first}; // newest first
    const int key = groupKey(m_query.type, first->date);
    while (std::optional<Day> d = nextDay(false)) {
        if (groupKey(m_query.type, d->date) != key) {
            m_carry = d;
            break;
        }
        days.push_back(*d);
    }
    ChartRow row;
    for (auto it = days.rbegin(); it != days.rend(); ++it)
        mergeBar(row.bar, it->bar);
    row.bar.date = cybosPeriodDate(m_query.type, days.front().date);
    row.bar.time = 0;
    row.base = days.back().prevClose;
    return row;
}

std::optional<ChartRow> ChartCursor::produce()
{
    std::optional<ChartRow> row;
    if (m_query.type == 'D') {
        if (std::optional<Day> d = nextDay(false))
            row = ChartRow{d->bar, d->prevClose, 0};
    } else if (m_query.type == 'W' || m_query.type == 'M') {
        row = nextGroup();
    } else {
        while (m_buffer.empty()) {
            std::optional<Day> d = nextDay(true);
            if (!d)
                return std::nullopt;
            fillIntraday(*d);
        }
        row = m_buffer.front();
        m_buffer.pop_front();
    }
    return row;
}

bool ChartCursor::hasMore()
{
    if (!m_peeked)
        m_peeked = produce();
    return m_peeked.has_value();
}

std::optional<ChartRow> ChartCursor::next()
{
    if (m_peeked)
        return std::exchange(m_peeked, std::nullopt);
    return produce();
}

} // namespace cybos::emu
