#pragma once
// The forwarder's live state, written on the forwarder thread and read from any thread
// (status, metrics, tray, Connection dock).
#include "core/status/systemstatus.h"
#include <QMutex>
#include <QString>

namespace cybos {

enum class ForwardState { Off, Connecting, Sending, Idle, Backoff, Stopped };

QString forwardStateName(ForwardState state); // off | connecting | sending | idle | backoff | stopped

class ForwarderStateBox
{
public:
    void setState(ForwardState state)
    {
        QMutexLocker lock(&m_mutex);
        m_state = state;
    }
    void setCursor(qint64 seq)
    {
        QMutexLocker lock(&m_mutex);
        m_cursor = seq;
    }
    void setLastError(const QString &error)
    {
        QMutexLocker lock(&m_mutex);
        m_lastError = error;
    }
    void addDelivered(qint64 ticks)
    {
        QMutexLocker lock(&m_mutex);
        m_delivered += ticks;
    }
    ForwardState state() const
    {
        QMutexLocker lock(&m_mutex);
        return m_state;
    }
    // An exact count of the ticks after the cursor, taken when the highest stored seq was
    // committedAt: seqs jump at each restart of the source (reserved blocks), so
    // committedSeq − cursor alone overstates what waits.
    void setPendingBase(qint64 rows, qint64 committedAt)
    {
        QMutexLocker lock(&m_mutex);
        m_baseRows = rows;
        m_baseCommitted = committedAt;
        m_baseDelivered = m_delivered;
    }
    // committedSeq: the highest stored seq now. Within one run seqs are contiguous, so what
    // was committed since the count adds one row per number.
    qint64 pending(qint64 committedSeq) const
    {
        QMutexLocker lock(&m_mutex);
        return pendingLocked(committedSeq);
    }
    SystemStatus::Forwarder snapshot(bool enabled, qint64 committedSeq) const
    {
        QMutexLocker lock(&m_mutex);
        SystemStatus::Forwarder s;
        s.enabled = enabled;
        s.state = forwardStateName(m_state);
        s.cursorSeq = m_cursor;
        s.pending = pendingLocked(committedSeq);
        s.lastError = m_lastError;
        return s;
    }
    qint64 delivered() const
    {
        QMutexLocker lock(&m_mutex);
        return m_delivered;
    }

private:
    qint64 pendingLocked(qint64 committedSeq) const
    {
        if (m_baseRows < 0)
            return qMax<qint64>(0, committedSeq - m_cursor);
        const qint64 since = qMax<qint64>(0, committedSeq - m_baseCommitted);
        return qMax<qint64>(0, m_baseRows - (m_delivered - m_baseDelivered) + since);
    }

    mutable QMutex m_mutex;
    ForwardState m_state = ForwardState::Off;
    qint64 m_cursor = 0;
    qint64 m_delivered = 0;     // ticks acknowledged since start (benchmarks, metrics)
    QString m_lastError;
    qint64 m_baseRows = -1;     // -1: not counted yet
    qint64 m_baseCommitted = 0;
    qint64 m_baseDelivered = 0;
};

} // namespace cybos
