#pragma once
// Cybos' quote-request window as the fact sheet describes it (../shared/cybos-api.md §1): it
// starts at the first request, counts up to `limit` requests, and is recomputed `windowMs`
// after its first request; a request beyond the limit would block inside Cybos until then.
// A small margin past the reset absorbs the difference between our clock and Cybos' count.
#include <QtGlobal>

namespace cybos {

class RequestWindow
{
public:
    RequestWindow(int limit = 60, int windowMs = 15000, int marginMs = 20);

    void setLimits(int limit, int windowMs);
    int limit() const { return m_limit; }
    int windowMs() const { return m_windowMs; }
    int marginMs() const { return m_marginMs; }

    bool canIssue(qint64 nowMs) const { return remaining(nowMs) > 0; }
    void record(qint64 nowMs);                  // one request issued now
    int remaining(qint64 nowMs) const;          // requests left in the window at nowMs
    // When the window running at nowMs is recomputed (nowMs when none runs).
    qint64 resetAt(qint64 nowMs) const;
    // Earliest time, at or after `fromMs`, at which the request with `ahead` requests
    // before it could be issued, if the ones before go out as soon as they can.
    qint64 slotTime(qint64 fromMs, int ahead) const;

private:
    bool active(qint64 nowMs) const;

    int m_limit;
    int m_windowMs;
    int m_marginMs;
    qint64 m_start = 0;      // first request of the current window
    int m_count = 0;         // requests in it
    bool m_started = false;
};

} // namespace cybos
