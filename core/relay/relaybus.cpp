#include "relaybus.h"
#include <algorithm>

namespace cybos {

RelayBus::RelayBus(qint64 lastStored, QObject *parent)
    : TickBus(&m_keep, parent), m_lastAccepted(lastStored)
{
}

int RelayBus::publishNumbered(TickList ticks)
{
    const auto bySeq = [](const Tick &a, const Tick &b) { return a.seq < b.seq; };
    if (!std::is_sorted(ticks.cbegin(), ticks.cend(), bySeq))
        std::sort(ticks.begin(), ticks.end(), bySeq);
    int fresh = 0;
    for (const Tick &tick : std::as_const(ticks)) {
        if (tick.seq <= m_lastAccepted)
            continue;
        m_lastAccepted = tick.seq;
        m_keep.set(tick.seq);
        publish(tick);
        ++fresh;
    }
    return fresh;
}

void RelayBus::rewind(qint64 lastStored)
{
    flush();
    m_lastAccepted = qMin(m_lastAccepted, lastStored);
}

} // namespace cybos
