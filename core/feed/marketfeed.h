#pragma once
// MarketFeed: the interface every backend implements (the Cybos adapter on the real Cybos or
// on the emulator, replay, relay). It lives on the COM/GUI thread; nothing here blocks the
// caller's event loop: requests are QCoro tasks, realtime data and state changes are signals.
//
// Request accounting: every call marked [1 RQ] costs one quote request of Cybos' 60-per-15-s
// window. Callers go through the RequestScheduler (core/services) rather than calling these
// directly, so the window is never exceeded.
#include "core/domain/bar.h"
#include "core/domain/limits.h"
#include "core/domain/orderbook.h"
#include "core/domain/quote.h"
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include "core/domain/tick.h"
#include "core/log/eventlog.h"
#include <QDate>
#include <QObject>
#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cybos {

struct RequestBudget {
    int remaining = 60;    // quote requests left in the current window
    int limit = 60;
    int windowMs = 15000;
    int resetInMs = 0;     // until the window is recomputed (LimitRequestRemainTime)
};

struct SubscriptionBudget {
    int used = 0;
    int limit = kMaxSubscriptions;
};

struct ChartQuery {
    QString code;                 // canonical form
    Interval interval = Interval::Day;
    bool adjusted = true;
    QDate from;                   // inclusive KST date; null = as far back as the feed goes
    QDate to;                     // inclusive KST date; null = the latest bar
};

struct ChartPage {
    BarList bars;                 // ascending in time within the page
    bool more = false;            // another (older) page can be fetched with nextChartPage
};

class MarketFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~MarketFeed() override = default;

    virtual QString backendName() const = 0;          // "cybos" | "emulator" | "replay" | "relay"
    virtual bool isConnected() const = 0;
    virtual int serverType() const = 0;               // Cybos ServerType: 0 none, 1 CybosPlus, 2 HTS
    virtual RequestBudget requestBudget() const = 0;  // as the feed itself reports it
    virtual SubscriptionBudget subscriptionBudget() const = 0;
    // False for a backend with no source behind it to ask (replay, relay): its snapshots,
    // order books and chart pages always fail, so the services answer from the quote cache
    // and the database instead, connected or not.
    virtual bool servesRequests() const { return true; }

    // Every code the feed lists, with master fields (CpCodeMgr; costs no quote request).
    virtual QCoro::Task<Result<StockList>> stockList() = 0;
    // [1 RQ] One snapshot (StockMst).
    virtual QCoro::Task<Result<Quote>> snapshot(QString code) = 0;
    // [1 RQ] Up to 200 codes in one request (MarketEye).
    virtual QCoro::Task<Result<QuoteList>> snapshots(QStringList codes) = 0;
    // [1 RQ] Ten-level order book (StockJpbid2).
    virtual QCoro::Task<Result<OrderBook>> orderBook(QString code) = 0;

    // Chart history in pages, newest page first (Cybos' Continue paging). openChart costs
    // nothing; each nextChartPage is [1 RQ]. Close every handle you open. Only daily and
    // minute intervals are asked for: weekly and monthly bars are built from daily bars
    // (HistoryService, BarPeriods).
    virtual int openChart(const ChartQuery &query) = 0;
    virtual QCoro::Task<Result<ChartPage>> nextChartPage(int handle) = 0;
    virtual void closeChart(int handle) = 0;

    // Realtime (StockCur): each subscribed code costs one of the kMaxSubscriptions.
    virtual Status subscribe(const QString &code) = 0;
    virtual Status unsubscribe(const QString &code) = 0;
    virtual QStringList subscribedCodes() const = 0;
    // The realtime ten-level book (StockJpbid) of at most one code at a time, for a person
    // watching it: one more of the kMaxSubscriptions while it runs; orderBookReceived carries
    // it. An empty code stops it. The link dropping stops it too (follow again on reconnect).
    // Backends without a realtime book answer not_supported.
    virtual Status followOrderBook(const QString &code)
    {
        if (code.isEmpty())
            return Ok{};
        return makeError(ErrorCode::FeedUnavailable, QStringLiteral("this backend has no realtime order book"));
    }

Q_SIGNALS:
    void connectionChanged(bool connected);
    void tickReceived(const cybos::Tick &tick);          // seq is 0: the tick bus numbers it
    void orderBookReceived(const cybos::OrderBook &book);
    void budgetChanged();
    // Something the user should read in the event log (already translated), e.g. the unit
    // the adapter detected for chart trade values.
    void noticeLogged(cybos::LogEvent::Level level, const QString &message);
};

} // namespace cybos
