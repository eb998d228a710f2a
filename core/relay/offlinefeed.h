#pragma once
// The part the relay and replay backends share: a MarketFeed with no Cybos behind it. Its
// stock master is a database's stocks table; every request that would need Cybos (snapshots,
// order books, chart pages) fails with feed_unavailable, and servesRequests() says so up
// front, so the services answer from the quote cache and the database without asking.
// Subscriptions are only recorded: these backends stream whatever their source gives, and
// the WebSocket hub filters per client. Lives on the COM/GUI thread.
#include "core/feed/marketfeed.h"
#include <QStringList>

namespace cybos {

class Database;

class OfflineFeed : public MarketFeed
{
    Q_OBJECT
public:
    OfflineFeed(QString backendName, QObject *parent = nullptr);

    QString backendName() const override { return m_backendName; }
    int serverType() const override { return 0; }
    RequestBudget requestBudget() const override;
    SubscriptionBudget subscriptionBudget() const override;
    bool servesRequests() const override { return false; }

    QCoro::Task<Result<StockList>> stockList() override;
    QCoro::Task<Result<Quote>> snapshot(QString code) override;
    QCoro::Task<Result<QuoteList>> snapshots(QStringList codes) override;
    QCoro::Task<Result<OrderBook>> orderBook(QString code) override;
    int openChart(const ChartQuery &query) override;
    QCoro::Task<Result<ChartPage>> nextChartPage(int handle) override;
    void closeChart(int handle) override;

    Status subscribe(const QString &code) override;
    Status unsubscribe(const QString &code) override;
    QStringList subscribedCodes() const override { return m_subscribed; }

protected:
    Error unavailable() const;
    // The database whose stocks table is the master (read on this thread).
    virtual const Database &stockDatabase() const = 0;

private:
    QString m_backendName;
    QStringList m_subscribed;
    int m_nextChart = 1;
};

} // namespace cybos
