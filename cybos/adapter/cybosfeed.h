#pragma once
// CybosFeed: the MarketFeed over the Cybos Plus object model, through the ComDispatch
// interface — the real Cybos (QAxObject, backend "cybos") and the emulator (backend
// "emulator") take exactly this code path. All knowledge of Cybos field numbers lives in
// the *reader files beside it; this class sequences requests and owns the state.
//
// Lives on the COM/GUI thread; the dispatch must outlive it.
#include "core/feed/marketfeed.h"
#include <functional>
#include <memory>

namespace cybos {

class ChartSessions;
class CodeMgrReader;
class ComDispatch;
class ComObject;
class ObjectLease;
class ConnectionMonitor;
class ObjectPool;
class RealtimeSubscriptions;
class RequestRunner;

class CybosFeed : public MarketFeed
{
    Q_OBJECT
public:
    CybosFeed(ComDispatch &dispatch, QString backendName, QObject *parent = nullptr);
    ~CybosFeed() override;

    // How long a request waits for its Received event (default 10 s).
    void setRequestTimeoutMs(int ms);

    QString backendName() const override { return m_backendName; }
    bool isConnected() const override;
    int serverType() const override;
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

private:
    void onLinkChanged(bool connected);
    // Canonical + Cybos code of a known code, or invalid_code / unknown_code.
    Result<QString> knownCybosCode(const QString &code) const;
    // Takes an idle object of progId, lets setInputs fill it, sends Request() and waits for
    // the answer, which the returned object then holds.
    QCoro::Task<Result<ObjectLease>> ask(const char *progId, std::function<void(ComObject &)> setInputs);

    QString m_backendName;
    // Declaration order is teardown order in reverse: the pool outlives everything that
    // leases from it.
    std::unique_ptr<ObjectPool> m_pool;
    std::unique_ptr<CodeMgrReader> m_codes;
    std::unique_ptr<ConnectionMonitor> m_monitor;
    std::unique_ptr<RequestRunner> m_runner;
    std::unique_ptr<RealtimeSubscriptions> m_subscriptions;
    std::unique_ptr<ChartSessions> m_charts;
};

} // namespace cybos
