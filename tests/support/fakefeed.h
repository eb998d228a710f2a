#pragma once
// A MarketFeed for the services' tests: a small listing, deterministic quotes and chart
// history, Cybos' 60-per-15-s window counted on a FakeClock (a request the window would have
// blocked is counted in blocked(), never waited for), the 400-subscription limit, and faults
// (disconnect, failing requests, slow answers).
#include "core/feed/marketfeed.h"
#include "core/async/deferred.h"
#include "core/services/requestwindow.h"
#include <QHash>
#include <QSet>

namespace cybos::test {

class FakeClock;

class FakeFeed final : public MarketFeed
{
    Q_OBJECT
public:
    explicit FakeFeed(FakeClock *clock, QObject *parent = nullptr);

    // MarketFeed
    QString backendName() const override { return QStringLiteral("fake"); }
    bool isConnected() const override { return m_connected; }
    int serverType() const override { return m_connected ? 1 : 0; }
    RequestBudget requestBudget() const override;
    SubscriptionBudget subscriptionBudget() const override;
    QCoro::Task<Result<StockList>> stockList() override;
    QCoro::Task<Result<Quote>> snapshot(QString code) override;
    QCoro::Task<Result<QuoteList>> snapshots(QStringList codes) override;
    QCoro::Task<Result<OrderBook>> orderBook(QString code) override;
    int openChart(const ChartQuery &query) override;
    QCoro::Task<Result<ChartPage>> nextChartPage(int handle) override;
    void closeChart(int handle) override;
    Status subscribe(const QString &code) override;
    Status unsubscribe(const QString &code) override;
    QStringList subscribedCodes() const override;

    // The listing: codes "000001".."NNNNNN"-like, first `kospi200` flagged, half KOSPI.
    void setListing(int count, int kospi200 = 0);
    void setStocks(const StockList &stocks) { m_stocks = stocks; }
    const StockList &stocks() const { return m_stocks; }
    void setChartPageSize(int bars) { m_pageSize = bars; }
    void setHistoryStart(QDate date) { m_historyStart = date; }

    // Faults.
    void disconnect();                       // drops every subscription, like the adapter
    void reconnect();
    void failRequests(ErrorCode code, int count) { m_failCode = code; m_failCount = count; }
    void setAnswerDelay(int ms) { m_answerDelayMs = ms; }
    // Answers outstanding at a disconnect arrive late instead of failing at once.
    void setHangOnDisconnect(bool hang) { m_hangOnDisconnect = hang; }
    // Emits a trade of a subscribed code (nothing for others: realtime only by subscription).
    bool trade(const QString &code, qint64 price = 0, Session session = Session::Regular);

    // What happened.
    qint64 requests() const { return m_requests; }
    qint64 chartPages() const { return m_chartPages; }
    qint64 blocked() const { return m_blocked; }
    int subscribeCalls(const QString &code) const { return m_subscribeCalls.value(code); }
    int openCharts() const { return int(m_charts.size()); }
    int pendingAnswers() const;              // delayed answers not yet given
    static Bar barAt(const QString &code, qint64 timeMs, bool adjusted);

private:
    struct Chart {
        ChartQuery query;
        QList<qint64> times;   // descending: newest first, as Cybos pages
        int next = 0;
    };
    QCoro::Task<Status> spend();            // one quote request: window, faults, delay
    bool knows(const QString &code) const;
    Quote quoteOf(const QString &code) const;
    QList<qint64> barTimes(const ChartQuery &query) const;

    FakeClock *m_clock;
    bool m_connected = true;
    StockList m_stocks;
    RequestWindow m_window{60, 15000, 0};
    qint64 m_requests = 0;
    qint64 m_chartPages = 0;
    qint64 m_blocked = 0;
    ErrorCode m_failCode = ErrorCode::FeedError;
    int m_failCount = 0;
    int m_answerDelayMs = 0;
    bool m_hangOnDisconnect = false;
    QList<Deferred<bool>> m_pending;        // answers waiting for their delay
    QSet<QString> m_subscribed;
    QHash<QString, int> m_subscribeCalls;
    QHash<int, Chart> m_charts;
    int m_nextChart = 1;
    int m_pageSize = 50;
    QDate m_historyStart{2024, 1, 2};
};

} // namespace cybos::test
