#include "barperiods.h"
#include "ksttime.h"
#include <algorithm>

namespace cybos::BarPeriods {

bool isAggregated(Interval interval)
{
    return interval == Interval::Week || interval == Interval::Month;
}

QDate periodStart(QDate day, Interval interval)
{
    if (interval == Interval::Week)
        return day.addDays(1 - day.dayOfWeek());
    if (interval == Interval::Month)
        return QDate(day.year(), day.month(), 1);
    return day;
}

QDate periodEnd(QDate day, Interval interval)
{
    if (interval == Interval::Week)
        return day.addDays(7 - day.dayOfWeek());
    if (interval == Interval::Month)
        return QDate(day.year(), day.month(), day.daysInMonth());
    return day;
}

BarList aggregate(const BarList &daily, Interval interval)
{
    BarList out;
    QDate current;
    for (const Bar &d : daily) {
        const QDate start = periodStart(Kst::dateOf(d.timeMs), interval);
        if (out.isEmpty() || start != current) {
            out.append(d);
            current = start;
            continue;
        }
        Bar &b = out.last();
        b.timeMs = d.timeMs;
        b.high = std::max(b.high, d.high);
        b.low = std::min(b.low, d.low);
        b.close = d.close;
        b.volume += d.volume;
        b.value += d.value;
    }
    return out;
}

} // namespace cybos::BarPeriods
