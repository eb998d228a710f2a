#include "pendingrequest.h"
#include "cybos/dispatch/comobject.h"

namespace cybos {

PendingRequest::PendingRequest(ComObject *object, int timeoutMs)
{
    // Connected before Request() is called: an answer may arrive inside the call itself.
    m_received = connect(object, &ComObject::received, this, [this] { finish(Outcome::Received); });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(Outcome::TimedOut); });
    m_timer.start(timeoutMs);
}

PendingRequest::~PendingRequest()
{
    disconnect(m_received);
}

void PendingRequest::finish(Outcome outcome)
{
    if (m_outcome != Outcome::Waiting)
        return;
    m_outcome = outcome;
    m_timer.stop();
    disconnect(m_received);
    QMetaObject::invokeMethod(this, &PendingRequest::finished, Qt::QueuedConnection);
}

void PendingRequest::linkDropped()
{
    if (m_outcome == Outcome::Waiting)
        finish(Outcome::Disconnected);
    else
        m_outcome = Outcome::Disconnected; // `finished` is already queued
}

void PendingRequest::abandon()
{
    m_timer.stop();
    disconnect(m_received);
    m_outcome = Outcome::Disconnected;
    blockSignals(true);
}

} // namespace cybos
