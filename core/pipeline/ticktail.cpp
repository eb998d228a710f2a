#include "ticktail.h"
#include <algorithm>

namespace cybos {
namespace {
qsizetype firstAbove(const TickList &ticks, qint64 seq)
{
    const auto it = std::upper_bound(ticks.cbegin(), ticks.cend(), seq,
                                     [](qint64 s, const Tick &t) { return s < t.seq; });
    return qsizetype(it - ticks.cbegin());
}
} // namespace

void TickTail::append(const TickList &batch)
{
    QMutexLocker lock(&m_mutex);
    const qsizetype from = firstAbove(batch, m_newest);
    if (from == batch.size())
        return;
    m_batches.push_back(from == 0 ? batch : batch.mid(from)); // shared with the bus' batch, not copied
    m_count += batch.size() - from;
    m_newest = batch.constLast().seq;
    while (m_count > m_capacity && !m_batches.empty()) {
        m_evictedUpTo = m_batches.front().constLast().seq;
        m_count -= m_batches.front().size();
        m_batches.pop_front();
    }
}

TickTail::Slice TickTail::after(qint64 afterSeq, qsizetype limit) const
{
    Slice slice;
    QList<TickList> batches; // the batches that hold the answer, taken by reference count
    {
        QMutexLocker lock(&m_mutex);
        slice.evictedUpTo = m_evictedUpTo;
        auto it = std::partition_point(m_batches.cbegin(), m_batches.cend(),
                                       [afterSeq](const TickList &b) { return b.constLast().seq <= afterSeq; });
        for (qsizetype held = 0; it != m_batches.cend() && held < limit; ++it) {
            batches.append(*it);
            held += it->size() - (batches.size() == 1 ? firstAbove(*it, afterSeq) : 0);
        }
    }
    for (qsizetype i = 0; i < batches.size(); ++i) {
        const TickList &b = batches.at(i);
        const qsizetype from = i == 0 ? firstAbove(b, afterSeq) : 0;
        const qsizetype n = qMin<qsizetype>(b.size() - from, limit - slice.ticks.size());
        slice.ticks.append(b.mid(from, n));
        if (slice.ticks.size() >= limit)
            break;
    }
    return slice;
}

} // namespace cybos
