#include "pricecontroller.h"
#include "core/async/threadcall.h"
#include "core/domain/domainjson.h"
#include "core/domain/limits.h"
#include "core/pipeline/quotecache.h"
#include "core/server/http/csv.h"
#include "core/server/http/params.h"
#include "core/server/servercontext.h"
#include "core/services/feedservices.h"

namespace cybos {
namespace {

Result<int> maxWait(const HttpRequest &request, const ServerContext &ctx)
{
    return Params::integer(request, QStringLiteral("max_wait_ms"), ctx.deps->options.defaultMaxWaitMs, 0, 600'000);
}

Result<QStringList> batchCodes(const HttpRequest &request)
{
    QStringList codes;
    for (const QString &value : request.queryValues(QStringLiteral("codes"))) {
        for (const QString &raw : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto code = Params::code(raw);
            if (!code)
                return code.error();
            if (!codes.contains(code.value()))
                codes.append(code.value());
        }
    }
    if (codes.isEmpty())
        return Params::invalid(QStringLiteral("codes"), QStringLiteral("give one or more comma-separated codes"));
    if (codes.size() > kMaxQuoteCodes)
        return Params::invalid(QStringLiteral("codes"), QStringLiteral("at most %1 codes").arg(kMaxQuoteCodes));
    return codes;
}
// {"items":[Quote…],"missing":[code…]}
QByteArray quotesJson(const QuoteList &items, const QStringList &missing)
{
    QByteArray body;
    JsonOut out(body);
    out.beginObject().key("items").beginArray();
    for (const Quote &q : items)
        DomainJson::write(out, q);
    out.endArray().key("missing").beginArray();
    for (const QString &c : missing)
        out.value(c);
    out.endArray().endObject();
    return body;
}
} // namespace

std::optional<Quote> PriceController::cached(const QString &code, qint64 *revision) const
{
    return m_ctx->deps->quotes ? m_ctx->deps->quotes->latest(code, revision) : std::nullopt;
}

std::optional<Quote> PriceController::realtime(const QString &code, qint64 *revision) const
{
    if (!m_ctx->deps->services->isSubscribed(code))
        return std::nullopt;
    auto q = cached(code, revision);
    const int freshMs = m_ctx->deps->options.quoteFreshMs;
    if (q && freshMs > 0 && q->ageMs > freshMs)
        return std::nullopt;
    return q;
}

QCoro::Task<HttpResponse> PriceController::quote(HttpRequest request)
{
    const auto code = Params::pathCode(request);
    const auto fresh = Params::boolean(request, QStringLiteral("fresh"), false);
    const auto wait = maxWait(request, *m_ctx);
    if (!code || !fresh || !wait)
        co_return HttpResponse::error(!code ? code.error() : !fresh ? fresh.error() : wait.error());
    FeedServices *services = m_ctx->deps->services;
    if (!fresh.value()) {
        qint64 revision = 0;
        if (const auto q = realtime(code.value(), &revision))
            co_return HttpResponse::json(m_json.json(*q, revision));
    }
    const QString c = code.value();
    const bool f = fresh.value();
    const int w = wait.value();
    auto task = threadCall(services, [services, c, f, w] { return services->quote(c, f, w); }, m_ctx->home);
    const Result<Quote> answer = co_await task;
    if (answer)
        co_return HttpResponse::json(DomainJson::toJson(answer.value()));
    // The feed is down: what the cache holds is better than nothing (age_ms tells how old).
    if (answer.error().code == ErrorCode::FeedDisconnected) {
        if (const auto q = cached(c))
            co_return HttpResponse::json(DomainJson::toJson(*q));
    }
    co_return HttpResponse::error(answer.error());
}

QCoro::Task<HttpResponse> PriceController::quotes(HttpRequest request)
{
    const auto codes = batchCodes(request);
    const auto wait = maxWait(request, *m_ctx);
    const auto format = Params::format(request);
    if (!codes || !wait || !format)
        co_return HttpResponse::error(!codes ? codes.error() : !wait ? wait.error() : format.error());
    FeedServices *services = m_ctx->deps->services;
    QHash<QString, Quote> found;
    QStringList ask;
    for (const QString &c : codes.value()) {
        if (const auto q = realtime(c))
            found.insert(c, *q);
        else
            ask.append(c);
    }
    QStringList missing;
    if (!ask.isEmpty()) {
        const int w = wait.value();
        auto task = threadCall(
            services, [services, ask, w] { return services->quotes(ask, w); }, m_ctx->home);
        const Result<QuotesAnswer> answer = co_await task;
        // The feed cannot be asked and has nothing cached for these: with realtime quotes of
        // the other codes in hand that is a partial answer, not a 503 (api.md).
        const bool partial = !answer && !found.isEmpty()
            && (answer.error().code == ErrorCode::FeedDisconnected || answer.error().code == ErrorCode::FeedUnavailable);
        if (!answer && !partial)
            co_return HttpResponse::error(answer.error());
        if (answer) {
            for (const Quote &q : answer->items)
                found.insert(q.code, q);
            missing = answer->missing;
        }
    }
    QuoteList items;
    for (const QString &c : codes.value()) {
        if (found.contains(c))
            items.append(found.value(c));
        else if (!missing.contains(c))
            missing.append(c);
    }
    if (format.value() == Params::Format::Csv)
        co_return HttpResponse::csv(Csv::quotes(items));
    co_return HttpResponse::json(quotesJson(items, missing));
}

QCoro::Task<HttpResponse> PriceController::orderBook(HttpRequest request)
{
    const auto code = Params::pathCode(request);
    const auto wait = maxWait(request, *m_ctx);
    if (!code || !wait)
        co_return HttpResponse::error(!code ? code.error() : wait.error());
    FeedServices *services = m_ctx->deps->services;
    const QString c = code.value();
    const int w = wait.value();
    auto task = threadCall(services, [services, c, w] { return services->orderBook(c, w); }, m_ctx->home);
    const Result<OrderBook> book = co_await task;
    if (!book)
        co_return HttpResponse::error(book.error());
    co_return HttpResponse::json(DomainJson::toJson(book.value()));
}

} // namespace cybos
