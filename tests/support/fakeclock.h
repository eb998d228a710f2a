#pragma once
// A manual clock for the feed services: time moves only when a test advances it, and the
// timers due by then fire in time order. Also drives the emulator (EmulatorOptions now/sleep)
// so a blocked request or a slow answer advances this clock instead of sleeping.
#include "core/services/serviceclock.h"
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <map>

namespace cybos::test {

class FakeClock final : public QObject, public ServiceClock
{
    Q_OBJECT
public:
    // Default start: Thursday 2026-11-26 10:00 KST, inside the regular session.
    explicit FakeClock(qint64 startMs = defaultStart(), QObject *parent = nullptr);
    static qint64 defaultStart();

    qint64 nowMs() const override { return m_now.load(); }
    quint64 callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(quint64 id) override;

    void advance(qint64 ms);          // fires every timer due by now + ms, in order
    bool advanceToNextTimer();        // false when no timer is pending
    int pendingTimers() const { return int(m_timers.size()); }

    // Processes events and advances to the next timer until pred() holds. False when nothing
    // is left to do (no events, no timers) or when more than maxSimulatedMs passed.
    bool runUntil(const std::function<bool()> &pred, qint64 maxSimulatedMs = 24LL * 3600 * 1000);

    std::function<qint64()> nowFunction();
    std::function<void(int)> sleepFunction();   // advances time without firing timers
    qint64 slept() const { return m_slept.load(); }

private:
    struct Entry {
        quint64 id;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    bool fireNext(qint64 untilMs);

    std::atomic<qint64> m_now;
    std::atomic<qint64> m_slept{0};
    std::multimap<qint64, Entry> m_timers;
    quint64 m_nextId = 1;
};

} // namespace cybos::test
