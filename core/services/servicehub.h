#pragma once
// ServiceHub: the FeedServices the server, the UI and the commands use, composed of one
// class per responsibility — RequestScheduler (request budget), CodeSync, HistoryService and
// BackfillRunner (history), SubscriptionManager (realtime set) with the SilenceWatchdog,
// QuoteService (prices), JobRegistry (jobs), ConnectionTracker (link state).
//
// Threading: create it on the COM thread, where the feed lives; every task runs there (the
// server starts them through a ThreadCall, core/async/threadcall.h: a queued call to this
// thread and one back); the const getters are thread-safe. Storage writes go to the storage
// thread through Storage::writes(), reads use this thread's read-only connection. Call
// start() once the storage is open.
#include "core/services/feedservices.h"
#include "watchdogoptions.h"
#include <memory>

namespace cybos {

class BackfillRunner;
class CodeSync;
class ConnectionTracker;
class EventLog;
class HistoryService;
class JobRegistry;
class Listing;
class QuoteCache;
class QuoteService;
class RequestScheduler;
class ServiceClock;
class SilenceWatchdog;
class Storage;
class StoreReader;
class SubscriptionManager;

struct ServiceHubOptions {
    ServiceClock *clock = nullptr;          // null: the wall clock
    WatchdogOptions watchdog;
    bool autoSync = true;                   // sync codes at start when the table is stale
};

class ServiceHub : public FeedServices
{
    Q_OBJECT
public:
    ServiceHub(MarketFeed *feed, Storage *storage, QuoteCache *cache, EventLog *log,
               ServiceHubOptions options = {}, QObject *parent = nullptr);
    ~ServiceHub() override;

    // Loads the listing and the pins, pins `subscribe` (codes or "kospi200", from
    // --subscribe), resumes unfinished jobs, syncs codes when stale, starts the watchdog.
    void start(const QStringList &subscribe = {});

    QCoro::Task<Result<Quote>> quote(QString code, bool fresh, int maxWaitMs) override;
    QCoro::Task<Result<QuotesAnswer>> quotes(QStringList codes, int maxWaitMs) override;
    QCoro::Task<Result<OrderBook>> orderBook(QString code, int maxWaitMs) override;
    QCoro::Task<Status> ensureHistory(ChartQuery query, int maxWaitMs) override;
    QCoro::Task<JobStart> startCodeSync() override;
    QCoro::Task<Result<JobStart>> startBackfill(BackfillRequest request) override;
    std::optional<Job> job(qint64 id) const override;
    QCoro::Task<Result<QStringList>> pin(QStringList codes) override;
    QCoro::Task<Result<QStringList>> unpin(QString code) override;
    QCoro::Task<Status> watch(QStringList codes) override;
    QCoro::Task<Status> unwatch(QStringList codes) override;
    QStringList pinned() const override;
    QStringList subscribed() const override;
    bool isSubscribed(const QString &code) const override;
    void setPaused(bool paused) override;
    Status followOrderBook(const QString &code) override;
    BudgetStatus budget() const override;
    bool isConnected() const override;
    qint64 connectedSinceMs() const override;

    // The parts, for the UI's budget dock, the benchmarks and the tests.
    RequestScheduler *scheduler() const { return m_scheduler.get(); }
    SubscriptionManager *subscriptionManager() const { return m_subscriptions.get(); }
    SilenceWatchdog *watchdog() const { return m_watchdog.get(); }
    CodeSync *codeSync() const { return m_codeSync.get(); }
    HistoryService *history() const { return m_history.get(); }

private:
    void wire();
    void maybeSync();
    void checkStalenessLater();
    void resumeJobs();
    void pinAtStart(const QStringList &codes);

    MarketFeed *m_feed;
    Storage *m_storage;
    EventLog *m_log;
    ServiceHubOptions m_options;
    std::unique_ptr<ServiceClock> m_ownClock;
    ServiceClock *m_clock;
    std::unique_ptr<StoreReader> m_reader;
    const Listing *m_listing;              // the quote cache's
    std::unique_ptr<ConnectionTracker> m_connection;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<SubscriptionManager> m_subscriptions;
    std::unique_ptr<SilenceWatchdog> m_watchdog;
    std::unique_ptr<JobRegistry> m_jobs;
    std::unique_ptr<CodeSync> m_codeSync;
    std::unique_ptr<HistoryService> m_history;
    std::unique_ptr<BackfillRunner> m_backfill;
    std::unique_ptr<QuoteService> m_quotes;
    QStringList m_deferredPins;      // "kospi200" from --subscribe before the first sync
};

} // namespace cybos
