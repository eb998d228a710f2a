#include "backoff.h"
#include <QtGlobal>

namespace cybos {

Backoff::Backoff(int minMs, int maxMs, quint32 seed)
    : m_minMs(qMax(1, minMs)), m_maxMs(qMax(qMax(1, minMs), maxMs)), m_random(seed)
{
}

int Backoff::ceilingMs(int failures) const
{
    qint64 c = m_minMs;
    for (int i = 0; i < failures && c < m_maxMs; ++i)
        c *= 2;
    return int(qMin<qint64>(c, m_maxMs));
}

int Backoff::next()
{
    const int ceiling = ceilingMs(m_failures);
    if (m_failures < 64)
        ++m_failures;
    const int floor = qMax(m_minMs, ceiling - ceiling / 4);
    if (floor >= ceiling)
        return ceiling;
    return floor + int(m_random.bounded(quint32(ceiling - floor + 1)));
}

} // namespace cybos
