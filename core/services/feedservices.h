#pragma once
// FeedServices: everything the server, the UI and the commands ask of the feed side, in one
// facade over the request scheduler, code sync, history backfill, subscription manager and
// connection watchdog (each its own class in core/services). It lives on the COM thread with
// the MarketFeed, and its tasks must be started there: the server thread does it through a
// ThreadCall (core/async/threadcall.h), the UI and the commands live on that thread already.
// The const getters are thread-safe.
#include "core/domain/job.h"
#include "core/domain/orderbook.h"
#include "core/domain/quote.h"
#include "core/domain/result.h"
#include "core/feed/marketfeed.h"
#include <QObject>
#include <QStringList>
#include <optional>
#include <qcoro/qcorotask.h>

namespace cybos {

struct BudgetStatus {
    RequestBudget requests;          // our own window count, reconciled with the feed's report
    int queued[3] = {0, 0, 0};       // waiting requests by priority: interactive, sync, backfill
    SubscriptionBudget subscriptions;
    int queuedTotal() const { return queued[0] + queued[1] + queued[2]; }
};

struct QuotesAnswer {
    QuoteList items;
    QStringList missing;             // codes the feed does not know
};

struct JobStart {
    Job job;
    bool started = false;            // false: a job of that kind already runs (→ 409 job_running)
};

struct BackfillRequest {
    QStringList codes;               // canonical codes, or {"kospi200"}
    Interval interval = Interval::Day;
    QDate from;
};

class FeedServices : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~FeedServices() override = default;

    // Prices. Errors: invalid_code/unknown_code, budget_exhausted (retryAfterMs set) when the
    // caller would wait longer than maxWaitMs, feed_disconnected, feed_error.
    virtual QCoro::Task<Result<Quote>> quote(QString code, bool fresh, int maxWaitMs) = 0;
    virtual QCoro::Task<Result<QuotesAnswer>> quotes(QStringList codes, int maxWaitMs) = 0;
    virtual QCoro::Task<Result<OrderBook>> orderBook(QString code, int maxWaitMs) = 0;
    // Makes sure the database holds the bars of [from, to] for this query, fetching only the
    // ranges it lacks (paged, within the budget) and storing them; the caller then reads them
    // from the database. A second identical call makes no feed request.
    virtual QCoro::Task<Status> ensureHistory(ChartQuery query, int maxWaitMs) = 0;

    // Jobs.
    virtual QCoro::Task<JobStart> startCodeSync() = 0;
    virtual QCoro::Task<Result<JobStart>> startBackfill(BackfillRequest request) = 0;
    virtual std::optional<Job> job(qint64 id) const = 0;

    // Realtime set = pinned ∪ watched (WebSocket clients, reference-counted by the hub), never
    // above the subscription limit: a change that would exceed it fails whole
    // (subscription_limit) and leaves the set unchanged.
    virtual QCoro::Task<Result<QStringList>> pin(QStringList codes) = 0;     // → pinned set
    virtual QCoro::Task<Result<QStringList>> unpin(QString code) = 0;        // → pinned set
    virtual QCoro::Task<Status> watch(QStringList codes) = 0;                // codes newly wanted by WebSocket clients
    virtual QCoro::Task<Status> unwatch(QStringList codes) = 0;              // codes no client wants any more
    virtual QStringList pinned() const = 0;
    virtual QStringList subscribed() const = 0;                              // what the feed streams now
    virtual bool isSubscribed(const QString &code) const { return subscribed().contains(code); }
    // Pause (the desktop's "Pause feed"): the feed streams nothing until resumed, when the
    // realtime set, as changed meanwhile, is subscribed again. Not stored: the pins stay
    // stored as they are, and a restart streams again. Call on the COM thread.
    virtual void setPaused(bool paused) = 0;
    // The realtime order book of one code for a person watching it (MarketFeed::followOrderBook:
    // one more subscription, one code at a time; empty stops). Updates: orderBookReceived.
    // Call on the COM thread.
    virtual Status followOrderBook(const QString &code)
    {
        if (code.isEmpty())
            return Ok{};
        return makeError(ErrorCode::FeedUnavailable, QStringLiteral("no realtime order book"));
    }

    virtual BudgetStatus budget() const = 0;
    virtual bool isConnected() const = 0;
    virtual qint64 connectedSinceMs() const = 0;                             // 0 while disconnected

Q_SIGNALS:
    void jobChanged(const cybos::Job &job);
    void subscriptionsChanged(const QStringList &subscribed);
    void connectionChanged(bool connected);
    void budgetChanged();
    void orderBookReceived(const cybos::OrderBook &book);
};

} // namespace cybos
