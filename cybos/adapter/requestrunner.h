#pragma once
// Runs one asynchronous Cybos request: Request(), then wait for Received (so the COM thread
// never blocks on the server), then GetDibStatus/GetDibMsg1. Errors become values:
// feed_error (Cybos' message), feed_disconnected, timeout. Requests in flight fail with
// feed_disconnected when the link drops.
#include "core/domain/result.h"
#include <QObject>
#include <QSet>
#include <qcoro/qcorotask.h>

namespace cybos {

class ComObject;
class PendingRequest;

class RequestRunner : public QObject
{
    Q_OBJECT
public:
    explicit RequestRunner(QObject *parent = nullptr);
    ~RequestRunner() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // The caller checks the connection first; `object` must stay alive until this finishes.
    QCoro::Task<Status> request(ComObject *object);
    void failAll();   // the link dropped
    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void requestFinished();

private:
    Status startRequest(ComObject &object);

    QSet<PendingRequest *> m_inFlight;
    int m_timeoutMs = 10'000;
};

// Errors common to the adapter.
Error feedError(ComObject &object, const QString &fallback);
Error disconnectedError();

} // namespace cybos
