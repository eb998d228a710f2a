#pragma once
// Prices for REST callers. A quote is "fresh" when it came from the realtime stream of a code
// the feed streams now: that is served from the cache without a request. Anything else
// costs one snapshot through the request scheduler (interactive priority), which then goes
// into the cache. While the feed is down, any cached quote is served; with none,
// feed_disconnected. A feed that serves no requests (replay, relay: its ticks fill the cache
// whatever is subscribed here) is never asked: the cache answers, fresh or not, and a code
// with no trade yet is feed_unavailable. Lives on the COM thread.
#include "core/services/feedservices.h"
#include "requestscheduler.h"
#include <QHash>
#include <QObject>

namespace cybos {

class QuoteCache;
class ServiceClock;
class SubscriptionManager;

class QuoteService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCodesPerRequest = 200; // per multi-code snapshot

    QuoteService(MarketFeed *feed, RequestScheduler *scheduler, QuoteCache *cache,
                 SubscriptionManager *subscriptions, ServiceClock *clock,
                 QObject *parent = nullptr);

    QCoro::Task<Result<Quote>> quote(QString code, bool fresh, int maxWaitMs);
    QCoro::Task<Result<QuotesAnswer>> quotes(QStringList codes, int maxWaitMs);
    QCoro::Task<Result<OrderBook>> orderBook(QString code, int maxWaitMs);

private:
    Result<QString> checkCode(const QString &input) const;
    bool canAsk() const;                               // a snapshot can be requested now
    Error nothingCached(const QString &codes) const;
    std::optional<Quote> realtime(const QString &code) const;
    QCoro::Task<Result<QuoteList>> fetch(QStringList codes, qint64 deadlineMs);
    QuotesAnswer assemble(const QStringList &codes, const QStringList &fetchedCodes,
                          const QHash<QString, Quote> &fetched) const;
    qint64 deadlineOf(int maxWaitMs) const;
    int waitLeft(qint64 deadlineMs) const;

    MarketFeed *m_feed;
    RequestScheduler *m_scheduler;
    QuoteCache *m_cache;
    SubscriptionManager *m_subscriptions;
    ServiceClock *m_clock;
};

} // namespace cybos
