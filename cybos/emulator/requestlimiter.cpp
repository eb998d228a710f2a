#include "requestlimiter.h"

namespace cybos::emu {

bool RequestLimiter::acquire()
{
    qint64 now = m_clock.now();
    bool blocked = false;
    if (windowOpen(now) && m_count >= kLimit) {
        m_clock.sleep(int(m_windowStart + kWindowMs - now));
        blocked = true;
        now = m_clock.now();
        m_windowStart = -1; // the wait ended the window even if a fake clock did not move
    }
    if (!windowOpen(now)) {
        m_windowStart = now;
        m_count = 0;
    }
    ++m_count;
    return blocked;
}

int RequestLimiter::remaining() const
{
    return windowOpen(m_clock.now()) ? kLimit - m_count : kLimit;
}

int RequestLimiter::remainTimeMs() const
{
    const qint64 now = m_clock.now();
    return windowOpen(now) ? int(m_windowStart + kWindowMs - now) : 0;
}

} // namespace cybos::emu
