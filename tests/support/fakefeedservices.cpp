#include "fakefeedservices.h"
#include "core/domain/ksttime.h"
#include <qcoro/qcorotimer.h>
#include <QTimer>

namespace cybos::test {

FakeFeedServices::FakeFeedServices(QObject *parent) : FeedServices(parent), m_connectedSince(Kst::nowMs()) {}

QCoro::Task<> FakeFeedServices::answerLater()
{
    callThreads.insert(QThread::currentThread());
    if (m_delayMs > 0) {
        QTimer timer;
        timer.setSingleShot(true);
        timer.start(m_delayMs);
        co_await timer;
    }
}

std::optional<Error> FakeFeedServices::budgetError(int maxWaitMs) const
{
    if (m_retryAfterMs > 0 && maxWaitMs < m_retryAfterMs) {
        return makeError(ErrorCode::BudgetExhausted,
                         QStringLiteral("the request budget is used up"), m_retryAfterMs);
    }
    return std::nullopt;
}

std::optional<Error> FakeFeedServices::feedError() const
{
    if (!m_connected)
        return makeError(ErrorCode::FeedDisconnected, QStringLiteral("the feed is not connected"));
    return std::nullopt;
}

void FakeFeedServices::setConnected(bool connected)
{
    m_connected = connected;
    m_connectedSince = Kst::nowMs();
    Q_EMIT connectionChanged(connected);
}

QCoro::Task<Result<Quote>> FakeFeedServices::quote(QString code, bool, int maxWaitMs)
{
    ++quoteCalls;
    co_await answerLater();
    if (auto e = feedError())
        co_return *e;
    if (auto e = budgetError(maxWaitMs))
        co_return *e;
    if (!m_quotes.contains(code))
        co_return makeError(ErrorCode::UnknownCode, QStringLiteral("no stock ") + code);
    Quote q = m_quotes.value(code);
    q.source = QuoteSource::Snapshot;
    co_return q;
}

QCoro::Task<Result<QuotesAnswer>> FakeFeedServices::quotes(QStringList codes, int maxWaitMs)
{
    ++quotesCalls;
    quotesAsked = codes;
    co_await answerLater();
    if (auto e = feedError())
        co_return *e;
    if (auto e = budgetError(maxWaitMs))
        co_return *e;
    QuotesAnswer answer;
    for (const QString &c : std::as_const(codes)) {
        if (m_quotes.contains(c))
            answer.items.append(m_quotes.value(c));
        else
            answer.missing.append(c);
    }
    co_return answer;
}

QCoro::Task<Result<OrderBook>> FakeFeedServices::orderBook(QString code, int maxWaitMs)
{
    co_await answerLater();
    if (auto e = feedError())
        co_return *e;
    if (auto e = budgetError(maxWaitMs))
        co_return *e;
    if (!m_books.contains(code))
        co_return makeError(ErrorCode::UnknownCode, QStringLiteral("no stock ") + code);
    co_return m_books.value(code);
}

QCoro::Task<Status> FakeFeedServices::ensureHistory(ChartQuery query, int maxWaitMs)
{
    historyCalls.append(query);
    co_await answerLater();
    if (auto e = budgetError(maxWaitMs))
        co_return *e;
    if (m_historyError)
        co_return makeError(*m_historyError, QStringLiteral("scripted history error"));
    co_return Ok{};
}

JobStart FakeFeedServices::startJob(JobKind kind)
{
    QMutexLocker lock(&m_mutex);
    for (const Job &j : std::as_const(m_jobs)) {
        if (j.kind == kind && j.unfinished())
            return JobStart{j, false};
    }
    Job job;
    job.id = m_nextJob++;
    job.kind = kind;
    job.state = JobState::Running;
    job.total = 10;
    job.startedAtMs = Kst::nowMs();
    m_jobs.insert(job.id, job);
    return JobStart{job, true};
}

QCoro::Task<JobStart> FakeFeedServices::startCodeSync()
{
    co_await answerLater();
    co_return startJob(JobKind::CodeSync);
}

QCoro::Task<Result<JobStart>> FakeFeedServices::startBackfill(BackfillRequest request)
{
    backfills.append(request);
    co_await answerLater();
    co_return startJob(JobKind::Backfill);
}

void FakeFeedServices::finishJob(qint64 id, JobState state)
{
    QMutexLocker lock(&m_mutex);
    Job &j = m_jobs[id];
    j.state = state;
    j.done = j.total;
    j.finishedAtMs = Kst::nowMs();
    const Job copy = j;
    lock.unlock();
    Q_EMIT jobChanged(copy);
}

std::optional<Job> FakeFeedServices::job(qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    return m_jobs.contains(id) ? std::optional<Job>(m_jobs.value(id)) : std::nullopt;
}

QStringList FakeFeedServices::pinned() const
{
    QMutexLocker lock(&m_mutex);
    return m_pinned;
}

QStringList FakeFeedServices::watched() const
{
    QMutexLocker lock(&m_mutex);
    return QStringList(m_watched.begin(), m_watched.end());
}

void FakeFeedServices::setPaused(bool paused)
{
    m_paused = paused;
    Q_EMIT subscriptionsChanged(subscribed());
}

QStringList FakeFeedServices::subscribed() const
{
    if (m_paused.load())
        return {};
    QMutexLocker lock(&m_mutex);
    QStringList all = m_pinned;
    for (const QString &c : m_watched) {
        if (!all.contains(c))
            all.append(c);
    }
    return all;
}

QCoro::Task<Result<QStringList>> FakeFeedServices::pin(QStringList codes)
{
    co_await answerLater();
    if (!fits(codes))
        co_return makeError(ErrorCode::SubscriptionLimit, QStringLiteral("over the subscription limit"));
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &c : std::as_const(codes)) {
            if (!m_pinned.contains(c))
                m_pinned.append(c);
        }
    }
    Q_EMIT subscriptionsChanged(subscribed());
    co_return pinned();
}

QCoro::Task<Result<QStringList>> FakeFeedServices::unpin(QString code)
{
    co_await answerLater();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_pinned.removeOne(code))
            co_return makeError(ErrorCode::NotPinned, code + QStringLiteral(" is not pinned"));
    }
    Q_EMIT subscriptionsChanged(subscribed());
    co_return pinned();
}

QCoro::Task<Status> FakeFeedServices::watch(QStringList codes)
{
    watchCalls.append(codes);
    co_await answerLater();
    if (!fits(codes))
        co_return makeError(ErrorCode::SubscriptionLimit, QStringLiteral("over the subscription limit"));
    QMutexLocker lock(&m_mutex);
    for (const QString &c : std::as_const(codes))
        m_watched.insert(c);
    co_return Ok{};
}

QCoro::Task<Status> FakeFeedServices::unwatch(QStringList codes)
{
    unwatchCalls.append(codes);
    co_await answerLater();
    QMutexLocker lock(&m_mutex);
    for (const QString &c : std::as_const(codes))
        m_watched.remove(c);
    co_return Ok{};
}

bool FakeFeedServices::fits(const QStringList &more) const
{
    QMutexLocker lock(&m_mutex);
    QSet<QString> after(m_watched);
    for (const QString &c : std::as_const(m_pinned))
        after.insert(c);
    for (const QString &c : more)
        after.insert(c);
    return after.size() <= m_subscriptionLimit;
}

BudgetStatus FakeFeedServices::budget() const
{
    BudgetStatus b;
    b.requests.remaining = m_retryAfterMs > 0 ? 0 : 60;
    b.requests.resetInMs = m_retryAfterMs;
    b.subscriptions.used = int(subscribed().size());
    b.subscriptions.limit = m_subscriptionLimit;
    return b;
}

} // namespace cybos::test
