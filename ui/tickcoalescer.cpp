#include "tickcoalescer.h"
#include "core/domain/ksttime.h"
#include "quotemodel.h"

namespace cybos {
namespace {
// Enough quiet flushes after the last tick for every flash to have faded.
constexpr int kFadeFlushes = int(QuoteModel::kFlashMs / 100) + 2;
}

TickCoalescer::TickCoalescer(int tapeCapacity, QObject *parent)
    : QObject(parent), m_tapeCapacity(qMax(1, tapeCapacity))
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &TickCoalescer::flush);
    m_timer.start();
}

void TickCoalescer::addBatch(const TickList &batch)
{
    m_received += batch.size();
    for (const Tick &t : batch)
        m_latest.insert(t.code, t);
    // Keep only what the tape can show: the tail of this batch and of what came before.
    if (batch.size() >= m_tapeCapacity) {
        m_recent = batch.mid(batch.size() - m_tapeCapacity);
        return;
    }
    m_recent += batch;
    if (m_recent.size() > 2 * m_tapeCapacity)
        m_recent = m_recent.mid(m_recent.size() - m_tapeCapacity);
}

void TickCoalescer::flush()
{
    if (m_latest.isEmpty() && m_recent.isEmpty()) {
        if (m_quietFlushes <= 0)
            return;
        --m_quietFlushes;
    } else {
        m_quietFlushes = kFadeFlushes;
    }
    if (m_recent.size() > m_tapeCapacity)
        m_recent = m_recent.mid(m_recent.size() - m_tapeCapacity);
    const QHash<QString, Tick> latest = std::exchange(m_latest, {});
    const TickList recent = std::exchange(m_recent, {});
    Q_EMIT flushed(latest, recent, Kst::nowMs());
}

} // namespace cybos
