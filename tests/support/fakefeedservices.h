#pragma once
// FeedServices for the server's tests: scripted quotes and order books, a request budget that
// can be exhausted (budget_exhausted with retryAfterMs when the caller would wait longer than
// maxWaitMs), a subscription limit over pinned ∪ watched, jobs, a connection switch, optional
// answer delays (so the server's handlers really suspend), and a record of every call with the
// thread it ran on.
#include "core/services/feedservices.h"
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <atomic>

namespace cybos::test {

class FakeFeedServices final : public FeedServices
{
    Q_OBJECT
public:
    explicit FakeFeedServices(QObject *parent = nullptr);

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
    QStringList subscribed() const override;          // empty while paused
    void setPaused(bool paused) override;
    BudgetStatus budget() const override;
    bool isConnected() const override { return m_connected.load(); }
    qint64 connectedSinceMs() const override { return m_connected.load() ? m_connectedSince.load() : 0; }

    // Script.
    void setQuote(const Quote &quote) { m_quotes.insert(quote.code, quote); }
    void setOrderBook(const OrderBook &book) { m_books.insert(book.code, book); }
    void setConnected(bool connected);
    // No request left: callers willing to wait less than retryAfterMs get budget_exhausted.
    void exhaustBudget(int retryAfterMs) { m_retryAfterMs = retryAfterMs; }
    void refillBudget() { m_retryAfterMs = 0; }
    void setSubscriptionLimit(int limit) { m_subscriptionLimit = limit; }
    void setAnswerDelay(int ms) { m_delayMs = ms; }
    void setHistoryError(ErrorCode code) { m_historyError = code; }
    void finishJob(qint64 id, JobState state = JobState::Done);

    // Record.
    int quoteCalls = 0;
    int quotesCalls = 0;
    QStringList quotesAsked;                 // codes of the last quotes() call
    QList<ChartQuery> historyCalls;
    QList<QStringList> watchCalls;
    QList<QStringList> unwatchCalls;
    QList<BackfillRequest> backfills;
    QSet<QThread *> callThreads;             // threads the tasks ran on
    QStringList watched() const;

private:
    QCoro::Task<> answerLater();
    std::optional<Error> budgetError(int maxWaitMs) const;
    std::optional<Error> feedError() const;
    JobStart startJob(JobKind kind);
    bool fits(const QStringList &more) const;   // pinned ∪ watched ∪ more within the limit

    QHash<QString, Quote> m_quotes;
    QHash<QString, OrderBook> m_books;
    QHash<qint64, Job> m_jobs;
    QStringList m_pinned;
    QSet<QString> m_watched;
    // The const getters are called from the server thread: what they read is guarded.
    mutable QMutex m_mutex;
    std::atomic<bool> m_connected{true};
    std::atomic<bool> m_paused{false};
    std::atomic<qint64> m_connectedSince{0};
    std::atomic<int> m_retryAfterMs{0};
    std::atomic<int> m_subscriptionLimit{400};
    int m_delayMs = 0;
    std::optional<ErrorCode> m_historyError;
    qint64 m_nextJob = 1;
};

} // namespace cybos::test
