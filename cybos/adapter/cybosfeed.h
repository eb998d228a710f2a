#pragma once
// CybosFeed: the MarketFeed over the Cybos Plus object model, through the ComDispatch
// interface — the real Cybos (QAxObject, backend "cybos") and the emulator (backend
// "emulator") take exactly this code path. All knowledge of Cybos field numbers lives in
// the *reader files beside it; this class sequences requests and owns the state.
//
// Lives on the COM/GUI thread; the dispatch must outlive it.
//
// After OnDisconnect no COM object is reused (Daishin: no communication is possible after the
// event): every object is released — subscriptions, request objects, chart objects, CpCodeMgr,
// CpCybos — requests in flight fail with feed_disconnected, and when a fresh CpCybos reports
// the link back everything is created anew before connectionChanged(true) tells the services
// to subscribe again.
#include "core/feed/marketfeed.h"
#include "requestrunner.h"
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
class RealtimeBook;
class RealtimeSubscriptions;

class CybosFeed : public MarketFeed
{
    Q_OBJECT
public:
    CybosFeed(ComDispatch &dispatch, QString backendName, QObject *parent = nullptr);
    ~CybosFeed() override;

    // How long a request waits for its Received event (RequestRunner::kDefaultTimeoutMs).
    void setRequestTimeoutMs(int ms);
    void setRequestMode(RequestMode mode);   // --cybos-request async|block
    // Asked when the link is back; false leaves the feed down (--on-disconnect restart).
    void setReconnectGate(std::function<bool()> gate);

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
    Status followOrderBook(const QString &code) override;

private:
    void onLinkChanged(bool connected);
    void releaseObjects();
    bool droppedSince(quint64 drops) const { return m_drops != drops || !isConnected(); }
    // Canonical + Cybos code of a known code, or invalid_code / unknown_code.
    Result<QString> knownCybosCode(const QString &code) const;
    // Takes an idle object of progId, lets setInputs fill it, sends Request() and waits for
    // the answer, which the returned object then holds.
    QCoro::Task<Result<ObjectLease>> ask(const char *progId, std::function<void(ComObject &)> setInputs);

    ComDispatch &m_dispatch;
    QString m_backendName;
    quint64 m_drops = 0; // link drops so far: a long read spanning one fails
    // Declaration order is teardown order in reverse: the pool outlives everything that
    // leases from it.
    std::unique_ptr<ObjectPool> m_pool;
    std::unique_ptr<CodeMgrReader> m_codes;
    std::unique_ptr<ConnectionMonitor> m_monitor;
    std::unique_ptr<RequestRunner> m_runner;
    std::unique_ptr<RealtimeSubscriptions> m_subscriptions;
    std::unique_ptr<RealtimeBook> m_book;
    std::unique_ptr<ChartSessions> m_charts;
};

} // namespace cybos
