#pragma once
// The time source of the feed services: "now" and one-shot timers. The request window, the
// watchdog and the retry waits all read it, so tests replace it with a fake clock and run
// hours of 15-second windows in milliseconds.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QTimer;

namespace cybos {

class ServiceClock
{
public:
    virtual ~ServiceClock() = default;
    virtual qint64 nowMs() const = 0;   // epoch ms; thread-safe
    // Calls fn once, delayMs of this clock's time from now, on context's thread, unless
    // cancelled or context is gone. Returns an id for cancel().
    virtual quint64 callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
    virtual void cancel(quint64 id) = 0;
};

// The wall clock with QTimer. callAfter/cancel on the clock's own thread only.
class SystemClock final : public QObject, public ServiceClock
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SystemClock() override;

    qint64 nowMs() const override;
    quint64 callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(quint64 id) override;

private:
    QHash<quint64, QPointer<QTimer>> m_timers;
    quint64 m_nextId = 1;
};

} // namespace cybos
