#include "tickretention.h"
#include "core/domain/ksttime.h"
#include "core/log/categories.h"
#include "metarepository.h"
#include "tickrepository.h"
#include <limits>

namespace cybos {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

TickRetention::TickRetention(QSqlDatabase db, const StorageOptions &options, StorageStats *stats, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_options(options), m_stats(stats)
{
    m_period.setInterval(qMax(1, options.retentionPeriodMs));
    connect(&m_period, &QTimer::timeout, this, &TickRetention::runPass);
}

void TickRetention::start()
{
    m_stopped = false;
    if (m_options.retentionDays <= 0)
        return;
    m_period.start();
    QMetaObject::invokeMethod(this, &TickRetention::runPass, Qt::QueuedConnection);
}

void TickRetention::stop()
{
    m_stopped = true;
    m_period.stop();
}

void TickRetention::runPass()
{
    if (m_running || m_stopped || m_options.retentionDays <= 0)
        return;
    m_running = true;
    m_cutoffMs = Kst::nowMs() - m_options.retentionDays * kDayMs;
    m_maxSeq = protectedAbove();
    m_deleted = 0;
    step();
}

qint64 TickRetention::protectedAbove() const
{
    if (!m_options.forwarding)
        return std::numeric_limits<qint64>::max();
    auto cursor = MetaRepository(m_db).getInt(MetaKey::ForwardCursor, 0);
    return cursor ? *cursor : 0; // unreadable cursor: keep everything
}

void TickRetention::step()
{
    bool more = false;
    if (!m_stopped) {
        auto deleted = TickRepository(m_db).deleteOldBatch(m_cutoffMs, m_maxSeq, m_options.retentionBatch);
        if (deleted) {
            m_deleted += *deleted;
            m_stats->ticks.fetch_sub(*deleted, std::memory_order_relaxed);
            m_stats->retentionDeleted.fetch_add(*deleted, std::memory_order_relaxed);
            more = *deleted == m_options.retentionBatch;
        } else {
            qCWarning(lcStorage).noquote() << "retention:" << deleted.error().message;
        }
    }
    if (more) {
        // Back to the event loop between batches: tick writes never wait long for us.
        QMetaObject::invokeMethod(this, &TickRetention::step, Qt::QueuedConnection);
        return;
    }
    if (auto oldest = TickRepository(m_db).oldestTimeMs())
        m_stats->oldestTickMs.store(*oldest, std::memory_order_relaxed);
    m_running = false;
    if (m_deleted > 0)
        qCInfo(lcStorage) << "retention deleted" << m_deleted << "ticks";
    Q_EMIT passFinished(m_deleted);
}

} // namespace cybos
