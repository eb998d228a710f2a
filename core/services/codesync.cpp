#include "codesync.h"
#include "core/domain/ksttime.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "core/storage/storagewrites.h"
#include "jobregistry.h"
#include "serviceclock.h"
#include "storereader.h"
#include <QMap>
#include <QPointer>

namespace cybos {

CodeSync::CodeSync(MarketFeed *feed, StorageWrites *writes, const StoreReader *reader,
                   JobRegistry *jobs, QuoteCache *cache, ServiceClock *clock,
                   EventLog *log, QObject *parent)
    : QObject(parent), m_feed(feed), m_writes(writes), m_reader(reader), m_jobs(jobs),
      m_cache(cache), m_clock(clock), m_log(log)
{
}

bool CodeSync::isStale() const
{
    const auto count = m_reader->stockCount();
    const auto synced = m_reader->lastStockSyncMs();
    if (!count || !synced || *count == 0 || *synced == 0)
        return true;
    return Kst::dateOf(*synced) < Kst::dateOf(m_clock->nowMs());
}

void CodeSync::loadFromStore()
{
    const auto stocks = m_reader->stocks();
    if (!stocks) {
        qCWarning(lcServices) << "stock table unreadable:" << stocks.error().message;
        return;
    }
    m_cache->replaceMaster(*stocks);
}

QCoro::Task<JobStart> CodeSync::start()
{
    if (m_running)
        co_return JobStart{m_job, false};
    m_running = true;   // before the first co_await: a second caller sees it
    m_job = Job{};
    m_job.kind = JobKind::CodeSync;
    m_job.state = JobState::Queued;
    QPointer<CodeSync> alive(this);
    auto creating = m_jobs->create(JobKind::CodeSync, QByteArray("{}"), 0);
    const Result<Job> job = co_await creating;
    if (!alive)
        co_return JobStart{Job{}, false};   // shut down meanwhile
    if (!job) {
        m_running = false;
        m_job.state = JobState::Failed;
        m_job.error = job.error().message;
        co_return JobStart{m_job, false};
    }
    m_job = *job;
    QCoro::connect(execute(m_job), this, []() {});
    co_return JobStart{m_job, true};
}

QCoro::Task<void> CodeSync::execute(Job job)
{
    QPointer<CodeSync> alive(this);
    auto syncing = fetchAndStore(job.id);
    const QString error = co_await syncing;
    if (!alive)
        co_return;   // shut down meanwhile
    if (!error.isEmpty() && m_log)
        m_log->error(QStringLiteral("feed"), tr("Code sync failed: %1").arg(error));
    m_jobs->finish(*m_jobs->job(job.id), error);
    m_running = false;
    m_job = *m_jobs->job(job.id);
    Q_EMIT finished(m_job);
}

// The sync proper; returns the error message (empty: done).
QCoro::Task<QString> CodeSync::fetchAndStore(qint64 jobId)
{
    // The feed and the storage outlive this object: after each wait, check it is still here.
    QPointer<CodeSync> alive(this);
    auto listing = m_feed->stockList();
    Result<StockList> listed = co_await listing;
    if (!alive)
        co_return QStringLiteral("shut down");
    if (!listed)
        co_return listed.error().message;
    const StockList stocks = std::move(listed).value();
    Job job = *m_jobs->job(jobId);
    job.total = stocks.size();
    m_jobs->update(job);
    auto upserting = m_writes->upsertStocks(stocks, true);
    Result<StockSyncSummary> saved = co_await upserting;
    if (!alive)
        co_return QStringLiteral("shut down");
    if (!saved)
        co_return saved.error().message;
    m_cache->replaceMaster(stocks);
    job.done = job.total;
    m_jobs->update(job);
    if (m_log)
        m_log->info(QStringLiteral("feed"), summary(stocks, *saved));
    Q_EMIT synced();
    co_return QString();
}

QString CodeSync::summary(const StockList &stocks, const StockSyncSummary &saved) const
{
    QMap<QString, int> perMarket;
    for (const Stock &s : stocks)
        ++perMarket[s.market];
    QStringList parts;
    for (auto it = perMarket.cbegin(); it != perMarket.cend(); ++it)
        parts.append(it.key() + u' ' + QString::number(it.value()));
    return tr("Code sync: %1 codes (%2), %3 delisted")
        .arg(stocks.size()).arg(parts.join(QStringLiteral(", "))).arg(saved.delisted);
}

} // namespace cybos
