#pragma once
// Code sync: loads every code the feed lists (KOSPI, KOSDAQ, KONEX, ETF, ETN as the feed
// gives them) with master fields, KOSPI 200 flag, limits and previous close, upserts them in
// one transaction, marks the codes that disappeared as delisted, and replaces the listing
// (the quote cache's, core/pipeline/listing.h). One at a time: a second start while one runs
// answers the running job with started = false (→ 409). Lives on the COM thread.
#include "core/domain/result.h"
#include "core/services/feedservices.h"
#include "core/storage/stockrepository.h"
#include <QObject>

namespace cybos {

class EventLog;
class JobRegistry;
class QuoteCache;
class ServiceClock;
class StorageWrites;
class StoreReader;

class CodeSync : public QObject
{
    Q_OBJECT
public:
    CodeSync(MarketFeed *feed, StorageWrites *writes, const StoreReader *reader, JobRegistry *jobs,
             QuoteCache *cache, ServiceClock *clock, EventLog *log,
             QObject *parent = nullptr);

    QCoro::Task<JobStart> start();
    bool isRunning() const { return m_running; }
    // The stock table is empty or was last synced before today's KST date.
    bool isStale() const;
    // Fills the listing from the stock table (at start).
    void loadFromStore();

Q_SIGNALS:
    void finished(const cybos::Job &job);   // done or failed
    void synced();                          // the listing was replaced

private:
    QCoro::Task<void> execute(Job job);
    QCoro::Task<QString> fetchAndStore(qint64 jobId);
    QString summary(const StockList &stocks, const StockSyncSummary &saved) const;

    MarketFeed *m_feed;
    StorageWrites *m_writes;
    const StoreReader *m_reader;
    JobRegistry *m_jobs;
    QuoteCache *m_cache;
    ServiceClock *m_clock;
    EventLog *m_log;
    bool m_running = false;
    Job m_job;
};

} // namespace cybos
