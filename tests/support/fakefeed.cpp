#include "fakefeed.h"
#include "core/domain/krxrules.h"
#include "core/domain/ksttime.h"
#include "fakeclock.h"

namespace cybos::test {
namespace {
Error disconnectedError()
{
    return makeError(ErrorCode::FeedDisconnected, QStringLiteral("fake feed disconnected"));
}
} // namespace

FakeFeed::FakeFeed(FakeClock *clock, QObject *parent) : MarketFeed(parent), m_clock(clock)
{
    setListing(20, 5);
}

RequestBudget FakeFeed::requestBudget() const
{
    const qint64 now = m_clock->nowMs();
    RequestBudget b;
    b.remaining = m_window.remaining(now);
    b.resetInMs = int(m_window.resetAt(now) - now);
    return b;
}

SubscriptionBudget FakeFeed::subscriptionBudget() const
{
    return SubscriptionBudget{int(m_subscribed.size()), 400};
}

void FakeFeed::setListing(int count, int kospi200)
{
    m_stocks.clear();
    for (int i = 0; i < count; ++i) {
        Stock s;
        s.code = QStringLiteral("%1").arg(i * 10 + 100000, 6, 10, QLatin1Char('0'));
        s.name = QStringLiteral("종목%1").arg(i);
        s.market = i % 2 ? QStringLiteral("kosdaq") : QStringLiteral("kospi");
        s.section = QStringLiteral("stock");
        s.kospi200 = i % 2 == 0 && i / 2 < kospi200;
        s.controlKind = QStringLiteral("normal");
        s.status = QStringLiteral("normal");
        s.prevClose = barAt(s.code, m_clock->nowMs(), true).close;
        s.upperLimit = Krx::upperLimit(*s.prevClose);
        s.lowerLimit = Krx::lowerLimit(*s.prevClose);
        m_stocks.append(s);
    }
}

bool FakeFeed::knows(const QString &code) const
{
    return std::any_of(m_stocks.cbegin(), m_stocks.cend(), [&](const Stock &s) { return s.code == code; });
}

Bar FakeFeed::barAt(const QString &code, qint64 timeMs, bool adjusted)
{
    const qint64 base = 1000 + qint64(qHash(code) % 500) * 100;
    const qint64 v = base + ((timeMs / 60000) % 97) * 10;
    // Raw prices before 2025 are twice the adjusted ones (a 2:1 split), so the two differ.
    const qint64 k = !adjusted && timeMs < Kst::toEpochMs(QDate(2025, 1, 1)) ? 2 : 1;
    return Bar{timeMs, v * k, (v + 20) * k, (v - 10) * k, (v + 10) * k, 1000 + timeMs % 7, v * 1000};
}

Quote FakeFeed::quoteOf(const QString &code) const
{
    const Bar b = barAt(code, m_clock->nowMs(), true);
    Quote q;
    q.code = code;
    q.timeMs = m_clock->nowMs();
    q.price = b.close;
    q.open = b.open;
    q.high = b.high;
    q.low = b.low;
    q.source = QuoteSource::Snapshot;
    return q;
}

QCoro::Task<Status> FakeFeed::spend()
{
    if (!m_connected)
        co_return disconnectedError();
    qint64 now = m_clock->nowMs();
    if (!m_window.canIssue(now)) {
        ++m_blocked;                 // Cybos would block here until the window resets
        now = m_window.resetAt(now);
    }
    m_window.record(now);
    ++m_requests;
    Q_EMIT budgetChanged();
    if (m_answerDelayMs > 0) {
        Deferred<bool> answer;
        m_pending.removeIf([](const Deferred<bool> &d) { return d.isResolved(); });
        m_pending.append(answer);
        m_clock->callAfter(m_answerDelayMs, this, [answer]() { answer.resolve(true); });
        if (!co_await answer)
            co_return disconnectedError();
    }
    if (m_failCount > 0) {
        --m_failCount;
        co_return makeError(m_failCode, QStringLiteral("fake failure"));
    }
    co_return Ok{};
}

QCoro::Task<Result<StockList>> FakeFeed::stockList()
{
    if (!m_connected)
        co_return disconnectedError();
    co_return StockList(m_stocks);   // a copy: QCoro 0.8 moves from a co_returned lvalue
}

QCoro::Task<Result<Quote>> FakeFeed::snapshot(QString code)
{
    const Status s = co_await spend();
    if (!s)
        co_return s.error();
    if (!knows(code))
        co_return makeError(ErrorCode::UnknownCode, code);
    co_return quoteOf(code);
}

QCoro::Task<Result<QuoteList>> FakeFeed::snapshots(QStringList codes)
{
    if (codes.size() > 200)
        co_return makeError(ErrorCode::BadRequest, QStringLiteral("over 200 codes"));
    const Status s = co_await spend();
    if (!s)
        co_return s.error();
    QuoteList out;
    for (const QString &c : std::as_const(codes)) {
        if (knows(c))
            out.append(quoteOf(c));
    }
    co_return out;
}

QCoro::Task<Result<OrderBook>> FakeFeed::orderBook(QString code)
{
    const Status s = co_await spend();
    if (!s)
        co_return s.error();
    if (!knows(code))
        co_return makeError(ErrorCode::UnknownCode, code);
    OrderBook book;
    book.code = code;
    book.timeMs = m_clock->nowMs();
    const qint64 price = quoteOf(code).price;
    for (int i = 0; i < 10; ++i) {
        book.asks[size_t(i)] = {price + (i + 1) * Krx::tickSize(price), 100 + i};
        book.bids[size_t(i)] = {price - i * Krx::tickSize(price), 200 + i};
    }
    co_return book;
}

QList<qint64> FakeFeed::barTimes(const ChartQuery &query) const
{
    const qint64 now = m_clock->nowMs();
    QDate day = query.from.isValid() ? qMax(query.from, m_historyStart) : m_historyStart;
    const QDate last = query.to.isValid() ? qMin(query.to, Kst::dateOf(now)) : Kst::dateOf(now);
    const int step = intervalMinutes(query.interval);
    QList<qint64> times;
    for (; day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        if (step == 0) {
            times.prepend(Kst::toEpochMs(day));
            continue;
        }
        for (int m = step; m <= 390; m += step) {
            const qint64 t = Kst::toEpochMs(day, QTime(9, 0).addSecs(m * 60));
            if (t <= now)
                times.prepend(t);
        }
    }
    return times;
}

int FakeFeed::openChart(const ChartQuery &query)
{
    const int handle = m_nextChart++;
    m_charts.insert(handle, Chart{query, barTimes(query), 0});
    return handle;
}

QCoro::Task<Result<ChartPage>> FakeFeed::nextChartPage(int handle)
{
    if (!m_charts.contains(handle))
        co_return makeError(ErrorCode::FeedError, QStringLiteral("no such chart"));
    const Status s = co_await spend();
    if (!s)
        co_return s.error();
    auto it = m_charts.find(handle);
    if (it == m_charts.end())
        co_return makeError(ErrorCode::FeedError, QStringLiteral("chart closed"));
    ChartPage page;
    const int end = qMin(int(it->times.size()), it->next + m_pageSize);
    for (int i = it->next; i < end; ++i)
        page.bars.prepend(barAt(it->query.code, it->times[i], it->query.adjusted));
    it->next = end;
    page.more = end < it->times.size();
    ++m_chartPages;
    co_return page;
}

void FakeFeed::closeChart(int handle)
{
    m_charts.remove(handle);
}

Status FakeFeed::subscribe(const QString &code)
{
    if (!m_connected)
        return disconnectedError();
    if (!knows(code))
        return makeError(ErrorCode::UnknownCode, code);
    if (m_subscribed.contains(code))
        return Ok{};
    if (m_subscribed.size() >= 400)
        return makeError(ErrorCode::SubscriptionLimit, QStringLiteral("400 subscriptions"));
    m_subscribed.insert(code);
    ++m_subscribeCalls[code];
    return Ok{};
}

Status FakeFeed::unsubscribe(const QString &code)
{
    m_subscribed.remove(code);
    return Ok{};
}

QStringList FakeFeed::subscribedCodes() const
{
    QStringList codes(m_subscribed.cbegin(), m_subscribed.cend());
    codes.sort();
    return codes;
}

int FakeFeed::pendingAnswers() const
{
    return int(std::count_if(m_pending.cbegin(), m_pending.cend(),
                             [](const Deferred<bool> &d) { return !d.isResolved(); }));
}

void FakeFeed::disconnect()
{
    m_connected = false;
    m_subscribed.clear();
    const auto pending = std::exchange(m_pending, {});
    if (!m_hangOnDisconnect) {
        for (const auto &answer : pending)
            answer.resolve(false);
    }
    Q_EMIT connectionChanged(false);
}

void FakeFeed::reconnect()
{
    m_connected = true;
    Q_EMIT connectionChanged(true);
}

bool FakeFeed::trade(const QString &code, qint64 price, Session session)
{
    if (!m_connected || !m_subscribed.contains(code))
        return false;
    Tick t;
    t.code = code;
    t.timeMs = m_clock->nowMs();
    t.price = price ? price : quoteOf(code).price;
    t.volume = 10;
    t.session = session;
    Q_EMIT tickReceived(t);
    return true;
}

} // namespace cybos::test
