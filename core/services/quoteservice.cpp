#include "quoteservice.h"
#include "core/domain/limits.h"
#include "core/domain/stockcode.h"
#include "core/pipeline/quotecache.h"
#include "subscriptionmanager.h"
#include "serviceclock.h"
#include <limits>

namespace cybos {
namespace {
constexpr qint64 kNoDeadline = std::numeric_limits<qint64>::max();
} // namespace

qint64 QuoteService::deadlineOf(int maxWaitMs) const
{
    return maxWaitMs < 0 ? kNoDeadline : m_clock->nowMs() + maxWaitMs;
}

int QuoteService::waitLeft(qint64 deadlineMs) const
{
    if (deadlineMs == kNoDeadline)
        return -1;
    return int(qBound(qint64(0), deadlineMs - m_clock->nowMs(), qint64(std::numeric_limits<int>::max())));
}

QuoteService::QuoteService(MarketFeed *feed, RequestScheduler *scheduler, QuoteCache *cache,
                           SubscriptionManager *subscriptions, ServiceClock *clock,
                           QObject *parent)
    : QObject(parent), m_feed(feed), m_scheduler(scheduler), m_cache(cache),
      m_subscriptions(subscriptions), m_clock(clock)
{
}

Result<QString> QuoteService::checkCode(const QString &input) const
{
    Result<QString> code = StockCode::normalize(input);
    if (code && !m_cache->listing().isListed(*code))
        return makeError(ErrorCode::UnknownCode, QStringLiteral("unknown code ") + *code);
    return code;
}

bool QuoteService::canAsk() const
{
    return m_feed->servesRequests() && m_feed->isConnected();
}

// No snapshot can be asked for and the cache has nothing: a disconnected feed, or a feed
// with no source to ask (replay, relay) that has not streamed this code yet.
Error QuoteService::nothingCached(const QString &codes) const
{
    if (!m_feed->isConnected())
        return feedDisconnectedError();
    return makeError(ErrorCode::FeedUnavailable,
                     QStringLiteral("no trade of %1 has reached the %2 backend yet").arg(codes, m_feed->backendName()));
}

std::optional<Quote> QuoteService::realtime(const QString &code) const
{
    if (!m_subscriptions->isSubscribed(code))
        return std::nullopt;
    std::optional<Quote> q = m_cache->latest(code);
    if (q && q->source == QuoteSource::Realtime)
        return q;
    return std::nullopt;
}

QCoro::Task<Result<Quote>> QuoteService::quote(QString input, bool fresh, int maxWaitMs)
{
    const Result<QString> code = checkCode(input);
    if (!code)
        co_return code.error();
    if (!fresh) {
        if (auto q = realtime(*code))
            co_return *q;
    }
    if (!canAsk()) {
        if (auto q = m_cache->latest(*code))
            co_return *q;
        co_return nothingCached(*code);
    }
    MarketFeed *feed = m_feed;
    const QString c = *code;
    const FeedRequest<Quote> request = [feed, c]() { return feed->snapshot(c); };
    auto calling = m_scheduler->call<Quote>(RequestPriority::Interactive, maxWaitMs, request);
    Result<Quote> q = co_await calling;
    if (!q)
        co_return q;
    m_cache->putSnapshot(*q);
    co_return m_cache->latest(c).value_or(*q);
}

QCoro::Task<Result<QuotesAnswer>> QuoteService::quotes(QStringList inputs, int maxWaitMs)
{
    if (inputs.size() > kMaxQuoteCodes)
        co_return makeError(ErrorCode::BadRequest, QStringLiteral("at most %1 codes").arg(kMaxQuoteCodes));
    const qint64 deadline = deadlineOf(maxWaitMs);
    QStringList codes, toFetch;
    QSet<QString> seen;
    for (const QString &input : std::as_const(inputs)) {
        Result<QString> code = StockCode::normalize(input);
        if (!code)
            co_return code.error();
        if (seen.contains(*code))
            continue;
        seen.insert(*code);
        codes.append(*code);
        if (m_cache->listing().isListed(*code) && !realtime(*code))
            toFetch.append(*code);
    }
    QHash<QString, Quote> fetched;
    if (!toFetch.isEmpty() && canAsk()) {
        auto fetching = fetch(toFetch, deadline);
        const Result<QuoteList> got = co_await fetching;
        if (!got && got.error().code != ErrorCode::FeedDisconnected)
            co_return got.error();
        for (const Quote &q : got ? *got : QuoteList()) {
            m_cache->putSnapshot(q);
            fetched.insert(q.code, q);
        }
    }
    QuotesAnswer answer = assemble(codes, toFetch, fetched);
    if (answer.items.isEmpty() && !canAsk())
        co_return nothingCached(codes.join(u','));
    co_return answer;
}

// In request order: realtime quotes, then what the snapshots brought; while the feed cannot
// be asked any cached quote. The rest is missing (codes the feed does not know).
QuotesAnswer QuoteService::assemble(const QStringList &codes, const QStringList &fetchedCodes,
                                    const QHash<QString, Quote> &fetched) const
{
    QuotesAnswer answer;
    const bool askable = canAsk();
    const QSet<QString> asked(fetchedCodes.cbegin(), fetchedCodes.cend());
    for (const QString &code : codes) {
        std::optional<Quote> q;
        if (!m_cache->listing().isListed(code))
            q = std::nullopt;
        else if (!asked.contains(code))
            q = realtime(code);
        else if (fetched.contains(code))
            q = m_cache->latest(code).value_or(fetched.value(code));
        else if (!askable)
            q = m_cache->latest(code);
        if (q)
            answer.items.append(*q);
        else
            answer.missing.append(code);
    }
    return answer;
}

QCoro::Task<Result<QuoteList>> QuoteService::fetch(QStringList codes, qint64 deadlineMs)
{
    QuoteList all;
    MarketFeed *feed = m_feed;
    for (qsizetype i = 0; i < codes.size(); i += kCodesPerRequest) {
        const QStringList chunk = codes.mid(i, kCodesPerRequest);
        const FeedRequest<QuoteList> request = [feed, chunk]() { return feed->snapshots(chunk); };
        auto calling = m_scheduler->call<QuoteList>(RequestPriority::Interactive, waitLeft(deadlineMs), request);
        Result<QuoteList> part = co_await calling;
        if (!part)
            co_return part.error();
        all += *part;
    }
    co_return all;
}

QCoro::Task<Result<OrderBook>> QuoteService::orderBook(QString input, int maxWaitMs)
{
    const Result<QString> code = checkCode(input);
    if (!code)
        co_return code.error();
    MarketFeed *feed = m_feed;
    const QString c = *code;
    const FeedRequest<OrderBook> request = [feed, c]() { return feed->orderBook(c); };
    auto calling = m_scheduler->call<OrderBook>(RequestPriority::Interactive, maxWaitMs, request);
    co_return co_await calling;
}

} // namespace cybos
