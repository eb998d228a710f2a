#include "tickbus.h"
#include "seqsource.h"
#include <QMetaObject>

namespace cybos {

TickBus::TickBus(SeqSource *seq, QObject *parent)
    : QObject(parent), m_seq(seq)
{
    qRegisterMetaType<cybos::Tick>();
    qRegisterMetaType<cybos::TickList>();
}

void TickBus::publish(const Tick &tick)
{
    Tick numbered = tick;
    numbered.seq = m_seq->next();
    m_lastSeq.store(numbered.seq, std::memory_order_relaxed);
    m_pending.append(numbered);
    if (m_pending.size() >= m_maxBatch) {
        flush();
        return;
    }
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &TickBus::flush, Qt::QueuedConnection);
    }
}

void TickBus::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    TickList batch;
    batch.swap(m_pending);
    m_pending.reserve(qMin<qsizetype>(batch.size(), m_maxBatch));
    m_published.fetch_add(batch.size(), std::memory_order_relaxed);
    m_tail.append(batch);
    Q_EMIT ticksPublished(batch);
}

} // namespace cybos
