#include "stockmasterqueue.h"
#include "core/log/categories.h"

namespace cybos {

void StockMasterQueue::reset()
{
    m_chunks.clear();
    m_unacknowledged = 0;
    m_pushed.reset();
    m_checkedMs = 0;
}

bool StockMasterQueue::refresh(qint64 nowMs)
{
    if (m_refused)
        return false;
    if (!m_chunks.isEmpty())
        return true;
    // Until a master went out on this connection, look often: the source's first code sync
    // lands a few seconds after start, and the remote's clients need the codes to subscribe.
    const int interval = m_pushed ? m_checkMs : qMin(m_checkMs, kFirstCheckMs);
    if (m_checkedMs != 0 && nowMs - m_checkedMs < interval)
        return false;
    m_checkedMs = nowMs;
    auto mark = m_reader.stockMark();
    if (!mark || mark->rows == 0 || (m_pushed && *m_pushed == *mark))
        return false;
    auto chunks = m_reader.stockChunks(m_chunk);
    if (!chunks) {
        qCWarning(lcForward).noquote() << "cannot read the stock master:" << chunks.error().message;
        return false;
    }
    m_chunks = *chunks;
    m_unacknowledged = int(m_chunks.size());
    m_queued = *mark;
    return !m_chunks.isEmpty();
}

void StockMasterQueue::acknowledged()
{
    if (m_unacknowledged > 0 && --m_unacknowledged == 0 && m_chunks.isEmpty())
        m_pushed = m_queued;
}

void StockMasterQueue::refused()
{
    m_refused = true;
    m_chunks.clear();
    m_unacknowledged = 0;
}

} // namespace cybos
