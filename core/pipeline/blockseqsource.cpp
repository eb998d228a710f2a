#include "blockseqsource.h"
#include <QDeadlineTimer>

namespace cybos {

BlockSeqSource::BlockSeqSource(qint64 lastUsed, qint64 reserved, qint64 blockSize, ReserveRequest request)
    : m_reserved(qMax(reserved, lastUsed)),
      m_requestedUpTo(m_reserved),
      m_block(qMax<qint64>(2, blockSize)),
      m_request(std::move(request)),
      m_last(lastUsed),
      m_comfortable(m_reserved - m_block / 2)
{
}

qint64 BlockSeqSource::next()
{
    const qint64 seq = m_last.load(std::memory_order_relaxed) + 1;
    if (seq < m_comfortable.load(std::memory_order_acquire)) {
        m_last.store(seq, std::memory_order_relaxed);
        return seq;
    }
    qint64 ask = 0;
    {
        QMutexLocker lock(&m_mutex);
        ask = requestIfLow(seq);
    }
    if (ask > 0)
        m_request(ask); // outside the lock: a reserver may confirm synchronously
    if (!waitForReservation(seq))
        m_unreserved.fetch_add(1, std::memory_order_relaxed);
    m_last.store(seq, std::memory_order_relaxed);
    return seq;
}

qint64 BlockSeqSource::requestIfLow(qint64 seq)
{
    const bool pending = m_requestedUpTo > m_reserved;
    if (pending || seq < m_retryFrom || m_reserved - seq >= m_block / 2)
        return 0;
    m_requestedUpTo = qMax(m_reserved, seq - 1) + m_block;
    m_gaveUp = false;
    return m_requestedUpTo;
}

bool BlockSeqSource::waitForReservation(qint64 seq)
{
    QMutexLocker lock(&m_mutex);
    QDeadlineTimer deadline(kWaitMs);
    while (m_reserved < seq && m_requestedUpTo > m_reserved && !m_gaveUp) {
        if (!m_landed.wait(&m_mutex, deadline))
            m_gaveUp = true; // storage is stuck: do not stall the feed on every tick
    }
    return m_reserved >= seq;
}

void BlockSeqSource::confirmReserved(qint64 upTo)
{
    QMutexLocker lock(&m_mutex);
    m_reserved = qMax(m_reserved, upTo);
    m_requestedUpTo = qMax(m_requestedUpTo, m_reserved);
    m_comfortable.store(m_reserved - m_block / 2, std::memory_order_release);
    m_landed.wakeAll();
}

void BlockSeqSource::reservationFailed()
{
    QMutexLocker lock(&m_mutex);
    m_requestedUpTo = m_reserved;
    m_retryFrom = m_last.load(std::memory_order_relaxed) + m_block / 2;
    m_landed.wakeAll();
}

qint64 BlockSeqSource::reserved() const
{
    QMutexLocker lock(&m_mutex);
    return m_reserved;
}

} // namespace cybos
