#include "minutebars.h"
#include <algorithm>

namespace cybos {

MinuteBars::MinuteBars(int minutes) : m_minutes(std::max(minutes, 1))
{
}

qint64 MinuteBars::stampOf(qint64 timeMs) const
{
    const qint64 span = qint64(m_minutes) * 60'000;
    // Floor division, so instants before 1970 would still round down.
    const qint64 start = (timeMs >= 0 ? timeMs / span : (timeMs - span + 1) / span) * span;
    return start + span;
}

void MinuteBars::fold(Bar &bar, const Tick &tick)
{
    bar.high = std::max(bar.high, tick.price);
    bar.low = std::min(bar.low, tick.price);
    bar.close = tick.price;
    bar.volume += tick.volume;
    bar.value += tick.price * tick.volume;
}

bool MinuteBars::add(const Tick &tick)
{
    if (tick.price <= 0)
        return false;
    m_lastSeq = std::max(m_lastSeq, tick.seq);
    const qint64 stamp = stampOf(tick.timeMs);
    if (!m_bars.isEmpty() && m_bars.last().timeMs == stamp) {
        fold(m_bars.last(), tick);
        return false;
    }
    const Bar fresh{stamp, tick.price, tick.price, tick.price, tick.price, tick.volume, tick.price * tick.volume};
    if (m_bars.isEmpty() || m_bars.last().timeMs < stamp) {
        m_bars.append(fresh);
        return true;
    }
    // Late trade: its bar is further back.
    auto it = std::lower_bound(m_bars.begin(), m_bars.end(), stamp,
                               [](const Bar &b, qint64 t) { return b.timeMs < t; });
    if (it != m_bars.end() && it->timeMs == stamp) {
        // A late trade does not move the open or the close of a bar already built.
        it->high = std::max(it->high, tick.price);
        it->low = std::min(it->low, tick.price);
        it->volume += tick.volume;
        it->value += tick.price * tick.volume;
        return false;
    }
    m_bars.insert(it, fresh);
    return true;
}

void MinuteBars::reset(BarList bars, qint64 lastSeq)
{
    m_bars = std::move(bars);
    m_lastSeq = lastSeq;
}

void MinuteBars::add(const TickList &ticks)
{
    for (const Tick &t : ticks)
        add(t);
}

} // namespace cybos
