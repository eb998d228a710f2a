#include "tickwriter.h"
#include "core/domain/ksttime.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "tickrepository.h"

namespace cybos {

TickWriter::TickWriter(QSqlDatabase db, const StorageOptions &options, EventLog *events, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_options(options), m_events(events)
{
    m_timer.setInterval(qMax(1, options.flushIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &TickWriter::flushDue);
}

void TickWriter::start()
{
    m_timer.start();
}

void TickWriter::submit(const TickList &batch)
{
    if (batch.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_closed) {
        m_dropped.fetch_add(batch.size(), std::memory_order_relaxed);
        return;
    }
    const qint64 room = m_options.maxBacklog - m_backlog.load(std::memory_order_relaxed);
    const qint64 keep = qBound(qint64(0), room, qint64(batch.size()));
    if (keep < batch.size())
        noteDrop(batch.size() - keep); // the newest go: what is kept stays a seq-ordered prefix
    else if (m_dropping && room > m_options.maxBacklog / 2)
        m_dropping = false;
    if (keep == 0)
        return;
    m_queue.push_back({keep == batch.size() ? batch : batch.first(keep), Kst::nowMs()});
    const qint64 backlog = m_backlog.fetch_add(keep, std::memory_order_relaxed) + keep;
    if (backlog >= m_options.batchRows && !m_wakeQueued) {
        m_wakeQueued = true;
        QMetaObject::invokeMethod(this, &TickWriter::flushDue, Qt::QueuedConnection);
    }
}

void TickWriter::noteDrop(qint64 count)
{
    m_dropped.fetch_add(count, std::memory_order_relaxed);
    if (m_dropping)
        return;
    m_dropping = true;
    const QString message = tr("Tick writer backlog full (%1 ticks): new ticks are dropped and counted")
                                .arg(m_options.maxBacklog);
    m_lastError = message;
    qCWarning(lcStorage).noquote() << message;
    if (m_events)
        m_events->warning(QStringLiteral("storage"), message);
}

QString TickWriter::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

void TickWriter::setCommittedSeq(qint64 seq)
{
    m_committed.store(seq, std::memory_order_relaxed);
}

void TickWriter::close()
{
    m_timer.stop();
    QMutexLocker lock(&m_mutex);
    m_closed = true;
}

qint64 TickWriter::discardPending()
{
    QMutexLocker lock(&m_mutex);
    const qint64 n = m_backlog.exchange(0, std::memory_order_relaxed);
    m_queue.clear();
    m_dropped.fetch_add(n, std::memory_order_relaxed);
    return n;
}

void TickWriter::release()
{
    m_db = QSqlDatabase();
}

void TickWriter::flushDue()
{
    {
        QMutexLocker lock(&m_mutex);
        m_wakeQueued = false;
    }
    if (Kst::nowMs() < m_retryAtMs || backlog() == 0)
        return;
    // One transaction per event-loop turn, so write requests and retention interleave. When
    // the writer falls behind, larger transactions catch up faster (fewer commits and WAL
    // index updates per row: about 1.3x the rows per CPU second at 8x the rows).
    const bool behind = backlog() > 4LL * m_options.batchRows;
    if (writeOne(behind ? 8 * m_options.batchRows : m_options.batchRows) && backlog() >= m_options.batchRows) {
        QMutexLocker lock(&m_mutex);
        if (!m_wakeQueued) {
            m_wakeQueued = true;
            QMetaObject::invokeMethod(this, &TickWriter::flushDue, Qt::QueuedConnection);
        }
    }
}

bool TickWriter::flushAll()
{
    while (backlog() > 0) {
        if (!writeOne(m_options.batchRows))
            return false;
    }
    return true;
}

bool TickWriter::writeOne(int maxRows)
{
    qint64 oldest = 0;
    const TickList ticks = take(maxRows, &oldest);
    if (ticks.isEmpty())
        return true;
    auto inserted = TickRepository(m_db).insert(ticks);
    if (!inserted) {
        putBack(ticks, oldest);
        noteFailure(inserted.error());
        return false;
    }
    m_backlog.fetch_sub(ticks.size(), std::memory_order_relaxed);
    m_stored.fetch_add(*inserted, std::memory_order_relaxed);
    m_committed.store(qMax(committedSeq(), ticks.constLast().seq), std::memory_order_relaxed);
    m_newestMs.store(ticks.constLast().timeMs, std::memory_order_relaxed);
    if (m_failing) {
        m_failing = false;
        if (m_events)
            m_events->info(QStringLiteral("storage"), tr("Tick writes resumed"));
        QMutexLocker lock(&m_mutex);
        m_lastError.clear();
    }
    Q_EMIT batchCommitted(ticks.constLast().seq, int(*inserted), Kst::nowMs() - oldest);
    return true;
}

TickList TickWriter::take(int maxRows, qint64 *oldestSubmittedMs)
{
    QMutexLocker lock(&m_mutex);
    TickList out;
    if (m_queue.empty())
        return out;
    *oldestSubmittedMs = m_queue.front().submittedMs;
    out.reserve(qMin<qint64>(maxRows, m_backlog.load(std::memory_order_relaxed)));
    while (!m_queue.empty() && out.size() < maxRows) {
        Pending &front = m_queue.front();
        const qsizetype want = maxRows - out.size();
        if (front.ticks.size() <= want) {
            out.append(front.ticks);
            m_queue.pop_front();
        } else {
            out.append(front.ticks.first(want));
            front.ticks.remove(0, want);
        }
    }
    return out;
}

void TickWriter::putBack(const TickList &ticks, qint64 submittedMs)
{
    QMutexLocker lock(&m_mutex);
    m_queue.push_front({ticks, submittedMs});
}

void TickWriter::noteFailure(const Error &error)
{
    m_retryAtMs = Kst::nowMs() + 1000;
    {
        QMutexLocker lock(&m_mutex);
        m_lastError = error.message;
    }
    if (m_failing)
        return;
    m_failing = true; // log the first failure of a run, not every retry
    qCWarning(lcStorage).noquote() << "tick write failed:" << error.message;
    if (m_events)
        m_events->error(QStringLiteral("storage"), tr("Cannot store ticks: %1").arg(error.message));
}

} // namespace cybos
