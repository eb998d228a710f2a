#pragma once
// RequestScheduler: every quote request to the feed (snapshot, multi-code snapshot, order
// book, chart page) passes through it. It keeps its own count of Cybos' window (60 per 15 s)
// and reconciles it with what the feed reports (the more conservative wins), so it never
// issues a request the window would block on: the COM thread never stalls inside Cybos.
// Waiting requests are served by priority (interactive > code sync > backfill), FIFO within
// one; a caller whose estimated wait exceeds its max wait is refused at once with
// budget_exhausted and retryAfterMs. Lives on the COM thread with the feed.
#include "core/domain/result.h"
#include "core/feed/marketfeed.h"
#include "core/async/deferred.h"
#include "requestwindow.h"
#include <QHash>
#include <QMutex>
#include <QObject>
#include <array>
#include <deque>
#include <functional>
#include <qcoro/qcorotask.h>

namespace cybos {

class ServiceClock;

enum class RequestPriority { Interactive = 0, CodeSync = 1, Backfill = 2 };

// One feed request, started when the scheduler grants its slot.
// Pass a named FeedRequest to call() (the GCC 12 rule, core/async/threadcall.h).
template<typename T>
using FeedRequest = std::function<QCoro::Task<Result<T>>()>;

struct SchedulerOptions {
    int limit = 60;          // at most this many requests per window (the feed may say fewer)
    int windowMs = 15000;    // at least this long (the feed may say longer)
    int marginMs = 20;       // waited past each reset: our clock and Cybos' are not one
};

class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    RequestScheduler(MarketFeed *feed, ServiceClock *clock, SchedulerOptions options = {},
                     QObject *parent = nullptr);
    ~RequestScheduler() override;

    // Waits for a slot. Ok: the caller issues exactly one feed request now, before its next
    // co_await. maxWaitMs < 0 waits as long as it takes. Errors: budget_exhausted (with
    // retryAfterMs), feed_disconnected.
    QCoro::Task<Status> acquire(RequestPriority priority, int maxWaitMs);

    // A slot, then the request; fails with feed_disconnected as soon as the feed drops while
    // the answer is outstanding (a late answer is dropped).
    template<typename T>
    QCoro::Task<Result<T>> call(RequestPriority priority, int maxWaitMs, FeedRequest<T> request);

    RequestBudget budget() const;           // reconciled view; thread-safe
    std::array<int, 3> queued() const;      // waiting requests by priority; thread-safe
    qint64 issued() const;                  // requests let through so far; thread-safe

Q_SIGNALS:
    void budgetChanged();

private:
    struct Waiter {
        Deferred<Status> slot;
        qint64 deadlineMs;
    };

    void onConnectionChanged(bool connected);
    void adoptFeedLimits();
    qint64 feedBlockedUntil(qint64 nowMs) const;
    qint64 nextIssueTime(qint64 nowMs) const;
    qint64 estimateWait(qint64 nowMs, int ahead) const;
    int aheadOf(RequestPriority priority) const;
    void grant(qint64 nowMs);
    void pump();
    void pumpOnce();
    void expireDeadlines(qint64 nowMs);
    void scheduleWake();
    void publish();
    quint64 trackInFlight(std::function<void()> failer);
    void untrackInFlight(quint64 id);

    MarketFeed *m_feed;
    ServiceClock *m_clock;
    SchedulerOptions m_options;
    RequestWindow m_window;
    std::array<std::deque<Waiter>, 3> m_queues;
    QHash<quint64, std::function<void()>> m_inFlight;
    quint64 m_nextInFlight = 1;
    bool m_connected = false;
    bool m_pumping = false;
    bool m_repump = false;
    quint64 m_wakeId = 0;
    qint64 m_wakeAt = -1;

    mutable QMutex m_mutex;            // guards the published figures below
    RequestBudget m_published;
    qint64 m_publishedResetAt = 0;
    std::array<int, 3> m_publishedQueued{};
    qint64 m_issued = 0;
};

Error feedDisconnectedError();

template<typename T>
QCoro::Task<Result<T>> RequestScheduler::call(RequestPriority priority, int maxWaitMs, FeedRequest<T> request)
{
    auto acquiring = acquire(priority, maxWaitMs);
    const Status slot = co_await acquiring;
    if (!slot.ok())
        co_return slot.error();
    Deferred<Result<T>> answer;
    const quint64 id = trackInFlight([answer]() { answer.resolve(feedDisconnectedError()); });
    QCoro::connect(request(), this, [answer](Result<T> r) { answer.resolve(std::move(r)); });
    Result<T> result = co_await answer;
    untrackInFlight(id);
    co_return result;
}

} // namespace cybos
