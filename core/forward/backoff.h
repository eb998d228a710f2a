#pragma once
// Exponential backoff with jitter for the forwarder's retries. The n-th consecutive failure
// waits a random time in [3/4 · c, c] where c = min(max, min · 2^n), never below min: so
// 1 s, 1.5–2 s, 3–4 s, … up to 45–60 s. The jitter keeps several forwarders restarted together
// from hammering a recovering remote in step.
#include <QRandomGenerator>

namespace cybos {

class Backoff
{
public:
    Backoff(int minMs, int maxMs, quint32 seed = QRandomGenerator::global()->generate());

    int next();                     // the delay before the next attempt; counts a failure
    void reset() { m_failures = 0; } // after a success
    int failures() const { return m_failures; }
    int ceilingMs(int failures) const; // c for a failure count (without jitter)

private:
    int m_minMs;
    int m_maxMs;
    int m_failures = 0;
    QRandomGenerator m_random;
};

} // namespace cybos
