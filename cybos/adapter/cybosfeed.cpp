#include "cybosfeed.h"
#include "chartsessions.h"
#include "codemgrreader.h"
#include "connectionmonitor.h"
#include "jpbidreader.h"
#include "marketeyereader.h"
#include "objectpool.h"
#include "realtimebook.h"
#include "realtimesubscriptions.h"
#include "requestrunner.h"
#include "stockmstreader.h"
#include "core/domain/ksttime.h"
#include "core/domain/stockcode.h"
#include <QPointer>
#include <qcoro/qcorotimer.h>

namespace cybos {
namespace {

// What the CpCodeMgr reader is built on while the link is down: no object at all.
class NoObjects final : public ComDispatch
{
public:
    std::unique_ptr<ComObject> create(const QString &) override { return nullptr; }
};

} // namespace

CybosFeed::CybosFeed(ComDispatch &dispatch, QString backendName, QObject *parent)
    : MarketFeed(parent)
    , m_dispatch(dispatch)
    , m_backendName(std::move(backendName))
    , m_pool(std::make_unique<ObjectPool>(dispatch))
    , m_codes(std::make_unique<CodeMgrReader>(dispatch))
    , m_monitor(std::make_unique<ConnectionMonitor>(dispatch))
    , m_runner(std::make_unique<RequestRunner>())
{
    m_subscriptions = std::make_unique<RealtimeSubscriptions>(
        dispatch, *m_codes, *m_monitor, [this](const Tick &tick) { Q_EMIT tickReceived(tick); });
    m_book = std::make_unique<RealtimeBook>(
        dispatch, *m_monitor, [this](const OrderBook &book) { Q_EMIT orderBookReceived(book); });
    m_charts = std::make_unique<ChartSessions>(*m_pool, *m_runner, *m_codes, *m_monitor,
        [this](LogEvent::Level level, const QString &message) { Q_EMIT noticeLogged(level, message); });
    connect(m_monitor.get(), &ConnectionMonitor::connectionChanged, this, &CybosFeed::onLinkChanged);
    connect(m_runner.get(), &RequestRunner::requestFinished, this, &MarketFeed::budgetChanged);
}

CybosFeed::~CybosFeed()
{
    m_charts.reset();
    m_book.reset();
    m_subscriptions.reset();
    m_runner.reset();
}

void CybosFeed::setRequestTimeoutMs(int ms)
{
    m_runner->setTimeoutMs(ms);
}

void CybosFeed::setRequestMode(RequestMode mode)
{
    m_runner->setMode(mode);
}

void CybosFeed::setReconnectGate(std::function<bool()> gate)
{
    m_monitor->setReconnectGate(std::move(gate));
}

bool CybosFeed::isConnected() const
{
    return m_monitor->isConnected();
}

int CybosFeed::serverType() const
{
    return m_monitor->serverType();
}

RequestBudget CybosFeed::requestBudget() const
{
    return m_monitor->requestBudget();
}

SubscriptionBudget CybosFeed::subscriptionBudget() const
{
    // The followed order book is a subscription of its own.
    const int book = m_book->code().isEmpty() ? 0 : 1;
    return SubscriptionBudget{m_subscriptions->count() + book, kMaxSubscriptions};
}

void CybosFeed::releaseObjects()
{
    ++m_drops;
    m_pool->clear();
    m_subscriptions->dropAll();
    m_book->drop();
    m_charts->invalidateAll();
    m_runner->failAll();
    static NoObjects none;
    *m_codes = CodeMgrReader(none);
}

void CybosFeed::onLinkChanged(bool connected)
{
    if (connected) // every object anew; the services then subscribe each wanted code once
        *m_codes = CodeMgrReader(m_dispatch);
    else
        releaseObjects();
    Q_EMIT connectionChanged(connected);
    Q_EMIT budgetChanged();
}

Result<QString> CybosFeed::knownCybosCode(const QString &code) const
{
    const Result<QString> canonical = StockCode::normalize(code);
    if (!canonical)
        return canonical.error();
    if (!isConnected()) // CpCodeMgr is released while the link is down
        return disconnectedError();
    return m_codes->listedCybosCode(*canonical);
}

QCoro::Task<Result<ObjectLease>> CybosFeed::ask(const char *progId, std::function<void(ComObject &)> setInputs)
{
    if (!isConnected())
        co_return disconnectedError();
    Result<ObjectLease> lease = m_pool->take(QString::fromLatin1(progId));
    if (!lease)
        co_return lease.error();
    setInputs(*lease.value());
    const Status answered = co_await m_runner->request(lease.value().get());
    if (!answered) {
        lease.value().settle(answered.error());
        co_return answered.error();
    }
    co_return lease;
}

QCoro::Task<Result<StockList>> CybosFeed::stockList()
{
    if (!isConnected())
        co_return disconnectedError();
    if (!m_codes->isAvailable())
        co_return makeError(ErrorCode::FeedError, QStringLiteral("CpUtil.CpCodeMgr is not available"));
    const QDateTime now = Kst::toDateTime(Kst::nowMs());
    const quint64 drops = m_drops;
    const QPointer<CybosFeed> alive(this); // shut down while we yielded: touch nothing of ours
    StockList stocks;
    for (int market : {1, 2, 5}) { // KOSPI, KOSDAQ, KONEX
        const QStringList codes = m_codes->codesOfMarket(market);
        for (qsizetype i = 0; i < codes.size(); ++i) {
            stocks << m_codes->readStock(codes.at(i), market, now);
            if (i % 256 == 255) { // thousands of COM calls: let the event loop breathe
                co_await QCoro::sleepFor(std::chrono::milliseconds(0));
                if (!alive || droppedSince(drops)) // the CpCodeMgr we were reading is gone
                    co_return linkDroppedError();
            }
        }
    }
    co_return stocks;
}

QCoro::Task<Result<Quote>> CybosFeed::snapshot(QString code)
{
    const Result<QString> cybosCode = knownCybosCode(code);
    if (!cybosCode)
        co_return cybosCode.error();
    Result<ObjectLease> lease = co_await ask(StockMstReader::kProgId, [&](ComObject &o) {
        StockMstReader::setInputs(o, *cybosCode);
    });
    if (!lease)
        co_return lease.error();
    Quote q = StockMstReader::read(**lease, m_codes->valueUnit(*cybosCode), Kst::nowMs());
    if (q.code.isEmpty())
        co_return makeError(ErrorCode::UnknownCode, QStringLiteral("Cybos has no data for %1").arg(code));
    co_return q;
}

QCoro::Task<Result<QuoteList>> CybosFeed::snapshots(QStringList codes)
{
    if (codes.size() > MarketEyeReader::kMaxCodes)
        co_return makeError(ErrorCode::BadRequest,
                            QStringLiteral("at most %1 codes per multi-code snapshot").arg(MarketEyeReader::kMaxCodes));
    QStringList cybosCodes;
    for (const QString &c : std::as_const(codes)) {
        const Result<QString> cybosCode = knownCybosCode(c);
        if (cybosCode && !cybosCodes.contains(*cybosCode)) // unknown codes are left out: the caller reports them missing
            cybosCodes << *cybosCode;
    }
    if (cybosCodes.isEmpty())
        co_return QuoteList{};
    Result<ObjectLease> lease = co_await ask(MarketEyeReader::kProgId, [&](ComObject &o) {
        MarketEyeReader::setInputs(o, cybosCodes);
    });
    if (!lease)
        co_return lease.error();
    co_return MarketEyeReader::read(**lease, Kst::nowMs());
}

QCoro::Task<Result<OrderBook>> CybosFeed::orderBook(QString code)
{
    const Result<QString> cybosCode = knownCybosCode(code);
    if (!cybosCode)
        co_return cybosCode.error();
    Result<ObjectLease> lease = co_await ask(JpbidReader::kProgId, [&](ComObject &o) {
        JpbidReader::setInputs(o, *cybosCode);
    });
    if (!lease)
        co_return lease.error();
    co_return JpbidReader::read(**lease, StockCode::fromCybos(*cybosCode), Kst::nowMs());
}

int CybosFeed::openChart(const ChartQuery &query)
{
    return m_charts->open(query);
}

QCoro::Task<Result<ChartPage>> CybosFeed::nextChartPage(int handle)
{
    co_return co_await m_charts->next(handle);
}

void CybosFeed::closeChart(int handle)
{
    m_charts->close(handle);
}

Status CybosFeed::subscribe(const QString &code)
{
    const Status s = m_subscriptions->subscribe(code);
    Q_EMIT budgetChanged();
    return s;
}

Status CybosFeed::unsubscribe(const QString &code)
{
    const Status s = m_subscriptions->unsubscribe(code);
    Q_EMIT budgetChanged();
    return s;
}

Status CybosFeed::followOrderBook(const QString &code)
{
    if (code.isEmpty()) {
        m_book->stop();
        Q_EMIT budgetChanged();
        return Ok{};
    }
    const Result<QString> cybosCode = knownCybosCode(code);
    if (!cybosCode)
        return cybosCode.error();
    const Status s = m_book->follow(StockCode::fromCybos(*cybosCode), *cybosCode);
    Q_EMIT budgetChanged();
    return s;
}

QStringList CybosFeed::subscribedCodes() const
{
    return m_subscriptions->codes();
}

} // namespace cybos
