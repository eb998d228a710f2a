#include "requestrunner.h"
#include "dib.h"
#include "pendingrequest.h"
#include "comvalue.h"
#include <qcoro/qcorosignal.h>

namespace cybos {

Error feedError(ComObject &object, const QString &fallback)
{
    const QString msg = Dib::message(object);
    return makeError(ErrorCode::FeedError, msg.isEmpty() ? fallback : msg);
}

Error disconnectedError()
{
    return makeError(ErrorCode::FeedDisconnected, QStringLiteral("Cybos Plus is not connected"));
}

Error linkDroppedError()
{
    return makeError(ErrorCode::FeedDisconnected,
                     QStringLiteral("the Cybos link dropped before the answer came"));
}

RequestRunner::RequestRunner(QObject *parent) : QObject(parent) {}

RequestRunner::~RequestRunner()
{
    // Their coroutines must never resume into a destroyed feed.
    for (PendingRequest *p : std::as_const(m_inFlight))
        p->abandon();
}

Status RequestRunner::startRequest(ComObject &object)
{
    // Request() returns nothing on the real Cybos; a number (the BlockRequest codes: 1 comm
    // failure, 3 internal error, 4 limit) is an immediate failure. So is status -1.
    const QVariant rc = object.call(QStringLiteral("Request"));
    if (rc.isValid() && ComValue::toInt64(rc) != 0)
        return feedError(object, QStringLiteral("Cybos request failed (return code %1)").arg(ComValue::toInt64(rc)));
    if (Dib::status(object) == -1)
        return feedError(object, QStringLiteral("Cybos request failed"));
    return Ok{};
}

Status RequestRunner::blockRequest(ComObject &object)
{
    // A drop delivered while the call waits (a COM STA pumps messages) leaves a dead object.
    const quint64 drops = m_drops;
    const QVariant rc = object.call(QStringLiteral("BlockRequest"));
    Q_EMIT requestFinished();
    if (m_drops != drops)
        return linkDroppedError();
    if (!rc.isValid())
        return feedError(object, QStringLiteral("BlockRequest failed: the Cybos object did not answer"));
    if (ComValue::toInt64(rc) != 0)
        return feedError(object, QStringLiteral("Cybos request failed (return code %1)").arg(ComValue::toInt64(rc)));
    if (Dib::status(object) != 0)
        return feedError(object, QStringLiteral("Cybos request failed"));
    return Ok{};
}

QCoro::Task<Status> RequestRunner::request(ComObject *object)
{
    if (m_mode == RequestMode::Block)
        co_return blockRequest(*object);
    PendingRequest pending(object, m_timeoutMs);
    const Status started = startRequest(*object);
    if (!started.ok()) {
        Q_EMIT requestFinished();
        co_return started;
    }
    m_inFlight.insert(&pending);
    co_await qCoro(&pending, &PendingRequest::finished);
    m_inFlight.remove(&pending);
    Q_EMIT requestFinished();
    switch (pending.outcome()) {
    case PendingRequest::Outcome::Received:
        if (Dib::status(*object) != 0)
            co_return feedError(*object, QStringLiteral("Cybos request failed"));
        co_return Ok{};
    case PendingRequest::Outcome::TimedOut:
        co_return makeError(ErrorCode::FeedTimeout,
                            QStringLiteral("no answer from Cybos within %1 ms").arg(m_timeoutMs));
    case PendingRequest::Outcome::Disconnected:
    case PendingRequest::Outcome::Waiting:
        break;
    }
    co_return linkDroppedError();
}

void RequestRunner::failAll()
{
    ++m_drops;
    const auto pending = m_inFlight;
    for (PendingRequest *p : pending)
        p->linkDropped();
}

} // namespace cybos
