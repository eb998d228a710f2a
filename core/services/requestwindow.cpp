#include "requestwindow.h"

namespace cybos {

RequestWindow::RequestWindow(int limit, int windowMs, int marginMs)
    : m_limit(qMax(1, limit)), m_windowMs(qMax(1, windowMs)), m_marginMs(qMax(0, marginMs))
{
}

void RequestWindow::setLimits(int limit, int windowMs)
{
    m_limit = qMax(1, limit);
    m_windowMs = qMax(1, windowMs);
}

bool RequestWindow::active(qint64 nowMs) const
{
    return m_started && nowMs < m_start + m_windowMs + m_marginMs;
}

void RequestWindow::record(qint64 nowMs)
{
    if (!active(nowMs)) {
        m_started = true;
        m_start = nowMs;
        m_count = 0;
    }
    ++m_count;
}

int RequestWindow::remaining(qint64 nowMs) const
{
    return active(nowMs) ? qMax(0, m_limit - m_count) : m_limit;
}

qint64 RequestWindow::resetAt(qint64 nowMs) const
{
    return active(nowMs) ? m_start + m_windowMs + m_marginMs : nowMs;
}

qint64 RequestWindow::slotTime(qint64 fromMs, int ahead) const
{
    const int avail = remaining(fromMs);
    if (ahead < avail)
        return fromMs;
    // The requests that do not fit open new windows, each at the reset of the previous one.
    const qint64 period = m_windowMs + m_marginMs;
    const qint64 firstReset = active(fromMs) ? resetAt(fromMs) : fromMs + period;
    return firstReset + qint64((ahead - avail) / m_limit) * period;
}

} // namespace cybos
