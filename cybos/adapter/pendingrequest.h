#pragma once
// One Request() waiting for its Received event. The outcome is decided once (received,
// disconnected, timed out) and announced with a queued `finished`, so the waiting coroutine
// resumes from the event loop and never inside the COM event handler that delivered it.
#include <QObject>
#include <QTimer>

namespace cybos {

class ComObject;

class PendingRequest : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Waiting, Received, Disconnected, TimedOut };

    PendingRequest(ComObject *object, int timeoutMs);
    ~PendingRequest() override;

    Outcome outcome() const { return m_outcome; }
    void finish(Outcome outcome);
    // The link dropped: fail the request even when its answer already came but the waiter has
    // not resumed yet — the object is dead and must not be read.
    void linkDropped();
    // Forget the request without resuming its waiter (the feed is going away).
    void abandon();

Q_SIGNALS:
    void finished();

private:
    QMetaObject::Connection m_received;
    QTimer m_timer;
    Outcome m_outcome = Outcome::Waiting;
};

} // namespace cybos
