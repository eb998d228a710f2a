#include "offlinefeed.h"
#include "core/domain/limits.h"
#include "core/storage/database.h"
#include "core/storage/stockrepository.h"

namespace cybos {

OfflineFeed::OfflineFeed(QString backendName, QObject *parent)
    : MarketFeed(parent), m_backendName(std::move(backendName))
{
}

RequestBudget OfflineFeed::requestBudget() const
{
    return RequestBudget{}; // nothing is ever spent: requests fail before reaching a feed
}

SubscriptionBudget OfflineFeed::subscriptionBudget() const
{
    return SubscriptionBudget{int(m_subscribed.size()), SubscriptionBudget{}.limit};
}

Error OfflineFeed::unavailable() const
{
    return makeError(ErrorCode::FeedUnavailable,
                     QStringLiteral("the %1 backend has no live feed to ask; only stored data is served")
                         .arg(m_backendName));
}

QCoro::Task<Result<StockList>> OfflineFeed::stockList()
{
    auto db = stockDatabase().connection(DbAccess::ReadOnly);
    if (!db)
        co_return db.error();
    co_return StockRepository(*db).all();
}

QCoro::Task<Result<Quote>> OfflineFeed::snapshot(QString)
{
    co_return unavailable();
}

QCoro::Task<Result<QuoteList>> OfflineFeed::snapshots(QStringList)
{
    co_return unavailable();
}

QCoro::Task<Result<OrderBook>> OfflineFeed::orderBook(QString)
{
    co_return unavailable();
}

int OfflineFeed::openChart(const ChartQuery &)
{
    return m_nextChart++;
}

QCoro::Task<Result<ChartPage>> OfflineFeed::nextChartPage(int)
{
    co_return unavailable();
}

void OfflineFeed::closeChart(int)
{
}

Status OfflineFeed::subscribe(const QString &code)
{
    if (!m_subscribed.contains(code)) {
        if (m_subscribed.size() >= SubscriptionBudget{}.limit)
            return makeError(ErrorCode::SubscriptionLimit, QStringLiteral("%1 codes at most").arg(kMaxSubscriptions));
        m_subscribed.append(code);
        Q_EMIT budgetChanged();
    }
    return Ok{};
}

Status OfflineFeed::unsubscribe(const QString &code)
{
    if (m_subscribed.removeAll(code) > 0)
        Q_EMIT budgetChanged();
    return Ok{};
}

} // namespace cybos
