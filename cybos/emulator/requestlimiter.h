#pragma once
// Cybos' quote-request limit: 60 requests per 15 s window. The window starts at the first
// request and the count resets 15 s after it; the 61st request blocks inside the call until
// the window resets (cybos-api.md §1).
#include "emuclock.h"

namespace cybos::emu {

class RequestLimiter
{
public:
    static constexpr int kLimit = 60;
    static constexpr int kWindowMs = 15'000;

    explicit RequestLimiter(const EmuClock &clock) : m_clock(clock) {}

    // Counts one request; returns true when it had to wait for the window to reset.
    bool acquire();
    int remaining() const;    // GetLimitRemainCount(1)
    int remainTimeMs() const; // LimitRequestRemainTime: ms until the window resets (0: none)

private:
    bool windowOpen(qint64 now) const { return m_windowStart >= 0 && now < m_windowStart + kWindowMs; }

    const EmuClock &m_clock;
    qint64 m_windowStart = -1;
    int m_count = 0;
};

} // namespace cybos::emu
