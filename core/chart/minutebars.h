#pragma once
// Trades folded into N-minute bars, for the desktop chart's intraday intervals: from the
// stored ticks of a code, then its live ticks (the last bar updates, a new one opens at the
// boundary). Bars are stamped like Cybos' minute bars (bar.h): by their closing minute, so
// a 1m bar stamped 09:01 holds the trades of [09:00:00, 09:01:00) and a trade at exactly
// 09:01:00.000 opens the 09:02 bar. Intervals divide the hour, and KST is a whole number
// of hours from UTC, so the boundaries are KST minute boundaries.
#include "core/domain/bar.h"
#include "core/domain/tick.h"

namespace cybos {

class MinuteBars
{
public:
    explicit MinuteBars(int minutes);

    int minutes() const { return m_minutes; }
    // The stamp of the bar a trade at timeMs belongs to.
    qint64 stampOf(qint64 timeMs) const;
    // Adds one trade. Returns true when it opened a bar (false: it updated one). A trade
    // older than the last bar updates or inserts the bar of its own time.
    bool add(const Tick &tick);
    void add(const TickList &ticks);
    const BarList &bars() const { return m_bars; }
    qint64 lastSeq() const { return m_lastSeq; }   // highest seq added
    // Continues from bars built before (and the highest seq they hold).
    void reset(BarList bars, qint64 lastSeq);

private:
    static void fold(Bar &bar, const Tick &tick);

    int m_minutes;
    BarList m_bars;
    qint64 m_lastSeq = 0;   // highest seq added
};

} // namespace cybos
