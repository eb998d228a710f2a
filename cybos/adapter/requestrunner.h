#pragma once
// Runs one Cybos request in one of two modes (--cybos-request):
//   async (default): Request(), then wait for Received, so the COM thread never blocks on the
//     server; a timeout guards against an answer that never comes.
//   block: BlockRequest(), what every public script does, for an installation that does not
//     fire Received. The COM thread waits inside the call (Cybos itself bounds it).
// Either way GetDibStatus/GetDibMsg1 follow, and errors become values: feed_error (Cybos'
// message), feed_disconnected, timeout. Requests in flight fail with feed_disconnected when
// the link drops, even when their answer came but was not read yet: the object is dead.
#include "core/domain/result.h"
#include <QObject>
#include <QSet>
#include <qcoro/qcorotask.h>

namespace cybos {

class ComObject;
class PendingRequest;

enum class RequestMode { Async, Block };

class RequestRunner : public QObject
{
    Q_OBJECT
public:
    // Cybos counts 60 quote requests per 15 s and holds the 61st until the window frees: up
    // to the whole window (15 s), on top of the answer's own time. The window is shared with
    // every other program on the same login, so our scheduler cannot rule that wait out: a
    // timeout shorter than window + answer would fail requests Cybos is merely holding back.
    static constexpr int kDefaultTimeoutMs = 15'000 + 10'000;

    explicit RequestRunner(QObject *parent = nullptr);
    ~RequestRunner() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMode(RequestMode mode) { m_mode = mode; }
    RequestMode mode() const { return m_mode; }
    // The caller checks the connection first; `object` must stay alive until this finishes.
    QCoro::Task<Status> request(ComObject *object);
    void failAll();   // the link dropped
    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void requestFinished();

private:
    Status startRequest(ComObject &object);
    Status blockRequest(ComObject &object);

    QSet<PendingRequest *> m_inFlight;
    int m_timeoutMs = kDefaultTimeoutMs;
    RequestMode m_mode = RequestMode::Async;
    quint64 m_drops = 0; // failAll() calls: a drop during BlockRequest voids its answer
};

// Errors common to the adapter.
Error feedError(ComObject &object, const QString &fallback);
Error disconnectedError();   // asked while the link is down
Error linkDroppedError();    // the link dropped while the request was in flight

} // namespace cybos
