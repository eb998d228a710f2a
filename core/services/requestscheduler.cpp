#include "requestscheduler.h"
#include "core/log/categories.h"
#include "serviceclock.h"
#include <limits>

namespace cybos {
namespace {
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

Error budgetExhausted(qint64 waitMs)
{
    const int retry = int(qBound(qint64(1), waitMs, qint64(std::numeric_limits<int>::max())));
    return makeError(ErrorCode::BudgetExhausted,
                     QStringLiteral("the request budget (quote requests per window) is used up; "
                                    "retry in %1 ms").arg(retry),
                     retry);
}
} // namespace

Error feedDisconnectedError()
{
    return makeError(ErrorCode::FeedDisconnected, QStringLiteral("the feed is disconnected"));
}

RequestScheduler::RequestScheduler(MarketFeed *feed, ServiceClock *clock, SchedulerOptions options,
                                   QObject *parent)
    : QObject(parent), m_feed(feed), m_clock(clock), m_options(options),
      m_window(options.limit, options.windowMs, options.marginMs), m_connected(feed->isConnected())
{
    connect(m_feed, &MarketFeed::connectionChanged, this, &RequestScheduler::onConnectionChanged);
    connect(m_feed, &MarketFeed::budgetChanged, this, [this]() {
        adoptFeedLimits();
        pump();
    });
    adoptFeedLimits();
    publish();
}

RequestScheduler::~RequestScheduler()
{
    if (m_wakeId)
        m_clock->cancel(m_wakeId);
}

void RequestScheduler::adoptFeedLimits()
{
    const RequestBudget fb = m_feed->requestBudget();
    const int limit = fb.limit > 0 ? qMin(m_options.limit, fb.limit) : m_options.limit;
    const int windowMs = qMax(m_options.windowMs, fb.windowMs);
    m_window.setLimits(limit, windowMs);
}

QCoro::Task<Status> RequestScheduler::acquire(RequestPriority priority, int maxWaitMs)
{
    if (!m_connected)
        co_return feedDisconnectedError();
    const qint64 now = m_clock->nowMs();
    const int ahead = aheadOf(priority);
    if (ahead == 0 && nextIssueTime(now) <= now) {
        grant(now);
        publish();
        co_return Ok{};
    }
    const qint64 wait = estimateWait(now, ahead);
    if (maxWaitMs >= 0 && wait > maxWaitMs)
        co_return budgetExhausted(wait);
    Waiter waiter{Deferred<Status>(), maxWaitMs >= 0 ? now + maxWaitMs : kNever};
    m_queues[size_t(priority)].push_back(waiter);
    scheduleWake();
    publish();
    co_return co_await waiter.slot;
}

int RequestScheduler::aheadOf(RequestPriority priority) const
{
    int ahead = 0;
    for (size_t p = 0; p <= size_t(priority); ++p)
        ahead += int(m_queues[p].size());
    return ahead;
}

// When the feed says its window is used up for longer than ours: until then (0 otherwise).
qint64 RequestScheduler::feedBlockedUntil(qint64 nowMs) const
{
    const RequestBudget fb = m_feed->requestBudget();
    if (fb.remaining <= 0 && fb.resetInMs > 0)
        return nowMs + fb.resetInMs + m_window.marginMs();
    return 0;
}

// The earliest time a request may go out: our own window and the feed's report agree.
qint64 RequestScheduler::nextIssueTime(qint64 nowMs) const
{
    const qint64 own = m_window.canIssue(nowMs) ? nowMs : m_window.resetAt(nowMs);
    return qMax(own, feedBlockedUntil(nowMs));
}

qint64 RequestScheduler::estimateWait(qint64 nowMs, int ahead) const
{
    const qint64 from = qMax(nowMs, feedBlockedUntil(nowMs));
    return m_window.slotTime(from, ahead) - nowMs;
}

void RequestScheduler::grant(qint64 nowMs)
{
    m_window.record(nowMs);
    QMutexLocker lock(&m_mutex);
    ++m_issued;
}

void RequestScheduler::pump()
{
    if (m_pumping) {
        m_repump = true;   // a resumed caller queued more: the outer loop goes round again
        return;
    }
    m_pumping = true;
    do {
        m_repump = false;
        pumpOnce();
    } while (m_repump);
    m_pumping = false;
    scheduleWake();
    publish();
}

void RequestScheduler::pumpOnce()
{
    expireDeadlines(m_clock->nowMs());
    for (size_t p = 0; p < m_queues.size() && m_connected; ++p) {
        while (!m_queues[p].empty()) {
            const qint64 now = m_clock->nowMs();
            if (nextIssueTime(now) > now)
                return;
            Waiter w = m_queues[p].front();
            m_queues[p].pop_front();
            grant(now);
            w.slot.resolve(Ok{});  // the caller issues its request synchronously, here
            if (m_repump)
                return;           // the queues changed under us: start from the top
        }
    }
}

void RequestScheduler::expireDeadlines(qint64 nowMs)
{
    QList<std::pair<Waiter, qint64>> expired;
    int ahead = 0;
    for (auto &queue : m_queues) {
        for (auto it = queue.begin(); it != queue.end();) {
            if (it->deadlineMs <= nowMs) {
                expired.append({*it, estimateWait(nowMs, ahead)});
                it = queue.erase(it);
            } else {
                ++ahead;
                ++it;
            }
        }
    }
    for (const auto &[waiter, wait] : expired)
        waiter.slot.resolve(budgetExhausted(wait));
}

void RequestScheduler::scheduleWake()
{
    qint64 wakeAt = -1;
    const qint64 now = m_clock->nowMs();
    for (const auto &queue : m_queues) {
        for (const Waiter &w : queue)
            wakeAt = wakeAt < 0 ? w.deadlineMs : qMin(wakeAt, w.deadlineMs);
    }
    if (wakeAt >= 0 && m_connected)
        wakeAt = qMin(wakeAt, nextIssueTime(now));
    if (wakeAt == m_wakeAt)
        return;
    if (m_wakeId)
        m_clock->cancel(m_wakeId);
    m_wakeId = 0;
    m_wakeAt = wakeAt;
    if (wakeAt < 0 || wakeAt == kNever)
        return;
    m_wakeId = m_clock->callAfter(qMax<qint64>(0, wakeAt - now), this, [this]() {
        m_wakeId = 0;
        m_wakeAt = -1;
        pump();
    });
}

void RequestScheduler::onConnectionChanged(bool connected)
{
    m_connected = connected;
    if (!connected) {
        // Waiting callers and requests in flight fail now; jobs retry after the reconnect.
        std::array<std::deque<Waiter>, 3> queues;
        std::swap(queues, m_queues);
        const auto inFlight = std::exchange(m_inFlight, {});
        for (const auto &queue : queues) {
            for (const Waiter &w : queue)
                w.slot.resolve(feedDisconnectedError());
        }
        for (const auto &fail : inFlight)
            fail();
    }
    scheduleWake();
    publish();
}

quint64 RequestScheduler::trackInFlight(std::function<void()> failer)
{
    const quint64 id = m_nextInFlight++;
    m_inFlight.insert(id, std::move(failer));
    return id;
}

void RequestScheduler::untrackInFlight(quint64 id)
{
    m_inFlight.remove(id);
}

void RequestScheduler::publish()
{
    const qint64 now = m_clock->nowMs();
    const RequestBudget fb = m_feed->requestBudget();
    RequestBudget b;
    b.limit = m_window.limit();
    b.windowMs = m_window.windowMs();
    b.remaining = m_window.remaining(now);
    qint64 resetAt = m_window.resetAt(now);
    if (fb.resetInMs > 0) {
        b.remaining = qMin(b.remaining, qMax(0, fb.remaining));
        resetAt = qMax(resetAt, now + fb.resetInMs);
    }
    b.resetInMs = int(resetAt - now);
    {
        QMutexLocker lock(&m_mutex);
        m_published = b;
        m_publishedResetAt = resetAt;
        for (size_t p = 0; p < m_queues.size(); ++p)
            m_publishedQueued[p] = int(m_queues[p].size());
    }
    Q_EMIT budgetChanged();
}

RequestBudget RequestScheduler::budget() const
{
    const qint64 now = m_clock->nowMs();
    QMutexLocker lock(&m_mutex);
    RequestBudget b = m_published;
    if (now >= m_publishedResetAt) {
        b.remaining = b.limit;
        b.resetInMs = 0;
    } else {
        b.resetInMs = int(m_publishedResetAt - now);
    }
    return b;
}

std::array<int, 3> RequestScheduler::queued() const
{
    QMutexLocker lock(&m_mutex);
    return m_publishedQueued;
}

qint64 RequestScheduler::issued() const
{
    QMutexLocker lock(&m_mutex);
    return m_issued;
}

} // namespace cybos
