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
    // committedSeq: the highest stored seq, for the pending count.
    SystemStatus::Forwarder snapshot(bool enabled, qint64 committedSeq) const
    {
        QMutexLocker lock(&m_mutex);
        SystemStatus::Forwarder s;
        s.enabled = enabled;
        s.state = forwardStateName(m_state);
        s.cursorSeq = m_cursor;
        s.pending = qMax<qint64>(0, committedSeq - m_cursor);
        s.lastError = m_lastError;
        return s;
    }
    qint64 delivered() const
    {
        QMutexLocker lock(&m_mutex);
        return m_delivered;
    }

private:
    mutable QMutex m_mutex;
    ForwardState m_state = ForwardState::Off;
    qint64 m_cursor = 0;
    qint64 m_delivered = 0;     // ticks acknowledged since start (benchmarks, metrics)
    QString m_lastError;
};

} // namespace cybos
