#pragma once
// Backfill jobs: history for many codes (a list or "kospi200") in the background, one code
// after another at the lowest priority of the request budget, with progress in the job.
// The job's request (with the resolved code list) is stored with it, so an unfinished job
// resumes after a restart; after a disconnect it waits for the feed and goes on, and bar
// coverage makes every resumed code fetch only what it still lacks. Lives on the COM thread.
#include "core/services/feedservices.h"
#include "core/storage/jobrepository.h"
#include <QObject>

namespace cybos {

class EventLog;
class HistoryService;
class JobRegistry;
class Listing;
class ServiceClock;

class BackfillRunner : public QObject
{
    Q_OBJECT
public:
    BackfillRunner(MarketFeed *feed, HistoryService *history, JobRegistry *jobs, const Listing *listing,
                   ServiceClock *clock, EventLog *log, QObject *parent = nullptr);

    // invalid_request for an empty or unknown code list; feed_unavailable on a feed that
    // serves no requests (replay, relay: there is nothing to fetch from).
    QCoro::Task<Result<JobStart>> start(BackfillRequest request);
    void resume(const JobRecord &record);   // an unfinished job from the table
    int active() const { return m_active; }

    static QByteArray toJson(const BackfillRequest &request);
    static std::optional<BackfillRequest> fromJson(const QByteArray &json);

Q_SIGNALS:
    void finished(const cybos::Job &job);

private:
    Result<BackfillRequest> resolve(BackfillRequest request) const;
    Error nothingToAsk() const;
    QCoro::Task<void> run(Job job, BackfillRequest request);
    QCoro::Task<bool> backfillCode(const QString &code, const BackfillRequest &request);
    QCoro::Task<void> waitForFeed();

    MarketFeed *m_feed;
    HistoryService *m_history;
    JobRegistry *m_jobs;
    const Listing *m_listing;
    ServiceClock *m_clock;
    EventLog *m_log;
    int m_active = 0;
};

} // namespace cybos
