#include "historycontroller.h"
#include "jobcontroller.h"
#include "core/async/threadcall.h"
#include "core/domain/domainjson.h"
#include "core/domain/ksttime.h"
#include "core/server/http/csv.h"
#include "core/server/http/params.h"
#include "core/server/servercontext.h"
#include "core/services/feedservices.h"
#include "core/storage/barrepository.h"

namespace cybos {
namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Without "from": a window that costs few feed requests (documented in openapi.json).
qint64 defaultSpanMs(Interval interval)
{
    if (isMinuteInterval(interval))
        return 7 * kDayMs;
    switch (interval) {
    case Interval::Week: return 5 * 366 * kDayMs;
    case Interval::Month: return 10 * 366 * kDayMs;
    default: return 366 * kDayMs;
    }
}

struct HistoryQuery {
    ChartQuery chart;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int limit = 1000;
    QString pageToken;
    Params::Format format = Params::Format::Json;
    int maxWaitMs = 5000;
};

Result<HistoryQuery> parseQuery(const HttpRequest &request, int defaultWaitMs)
{
    HistoryQuery q;
    const auto code = Params::pathCode(request);
    if (!code)
        return code.error();
    q.chart.code = code.value();
    const QString name = request.hasQuery(QStringLiteral("interval")) ? request.queryValue(QStringLiteral("interval")) : QStringLiteral("1d");
    const auto interval = intervalFromName(name.trimmed());
    if (!interval)
        return Params::invalid(QStringLiteral("interval"), QStringLiteral("must be 1m|3m|5m|10m|15m|30m|60m|1d|1w|1mo"));
    q.chart.interval = *interval;
    const auto adjusted = Params::boolean(request, QStringLiteral("adjusted"), true);
    const auto from = Params::time(request, QStringLiteral("from"));
    const auto to = Params::time(request, QStringLiteral("to"), true);
    const auto limit = Params::limit(request);
    const auto format = Params::format(request);
    const auto wait = Params::integer(request, QStringLiteral("max_wait_ms"), defaultWaitMs, 0, 600'000);
    for (const Error *e : {adjusted ? nullptr : &adjusted.error(), from ? nullptr : &from.error(), to ? nullptr : &to.error(),
                           limit ? nullptr : &limit.error(), format ? nullptr : &format.error(), wait ? nullptr : &wait.error()}) {
        if (e)
            return *e;
    }
    q.chart.adjusted = adjusted.value();
    q.toMs = to.value().value_or(Kst::nowMs());
    q.fromMs = from.value().value_or(q.toMs - defaultSpanMs(q.chart.interval));
    if (q.fromMs > q.toMs)
        return Params::invalid(QStringLiteral("from"), QStringLiteral("must not be after to"));
    q.chart.from = Kst::dateOf(q.fromMs);
    q.chart.to = Kst::dateOf(q.toMs);
    q.limit = limit.value();
    q.pageToken = request.queryValue(QStringLiteral("page_token"));
    q.format = format.value();
    q.maxWaitMs = wait.value();
    return q;
}

HttpResponse historyBody(const HistoryQuery &q, const BarPage &page)
{
    if (q.format == Params::Format::Csv) {
        HttpResponse r = HttpResponse::csv(Csv::bars(page.bars));
        if (!page.nextPageToken.isEmpty())
            r.withHeader(QByteArrayLiteral("X-Next-Page-Token"), page.nextPageToken.toUtf8());
        return r;
    }
    QByteArray body;
    body.reserve(64 + page.bars.size() * 110);
    JsonOut out(body);
    out.beginObject().field("code", q.chart.code).field("interval", intervalName(q.chart.interval));
    out.field("adjusted", q.chart.adjusted).key("bars").beginArray();
    for (const Bar &b : page.bars)
        DomainJson::write(out, b);
    out.endArray().key("next_page_token").valueOrNull(page.nextPageToken).endObject();
    return HttpResponse::json(body);
}

Result<BackfillRequest> parseBackfill(const HttpRequest &request)
{
    const auto body = Params::jsonBody(request);
    if (!body)
        return body.error();
    BackfillRequest b;
    const QJsonValue codes = body->value(QStringLiteral("codes"));
    if (codes.isString() && codes.toString() == u"kospi200") {
        b.codes = {QStringLiteral("kospi200")};
    } else {
        const auto list = Params::codeArray(codes, QStringLiteral("codes"));
        if (!list && list.error().code == ErrorCode::InvalidCode)
            return list.error(); // api.md: a malformed code is invalid_code
        if (!list)
            return makeError(ErrorCode::BadRequest, QStringLiteral("codes must be an array of codes or \"kospi200\": ") + list.error().message);
        if (list->isEmpty())
            return makeError(ErrorCode::BadRequest, QStringLiteral("codes must not be empty"));
        b.codes = list.value();
    }
    const QJsonValue interval = body->value(QStringLiteral("interval"));
    if (!interval.isUndefined()) {
        const auto i = interval.isString() ? intervalFromName(interval.toString()) : std::nullopt;
        if (!i)
            return makeError(ErrorCode::BadRequest, QStringLiteral("interval must be 1m|3m|5m|10m|15m|30m|60m|1d|1w|1mo"));
        b.interval = *i;
    }
    const QJsonValue from = body->value(QStringLiteral("from"));
    const auto fromMs = from.isString() ? Kst::parse(from.toString()) : Result<qint64>(Kst::nowMs() - defaultSpanMs(b.interval));
    if (!from.isUndefined() && (!from.isString() || !fromMs))
        return makeError(ErrorCode::BadRequest, QStringLiteral("from must be a date like 2024-01-02"));
    b.from = Kst::dateOf(fromMs.value());
    return b;
}
} // namespace

QCoro::Task<HttpResponse> HistoryController::history(HttpRequest request)
{
    const auto query = parseQuery(request, m_ctx->deps->options.defaultMaxWaitMs);
    if (!query)
        co_return HttpResponse::error(query.error());
    FeedServices *services = m_ctx->deps->services;
    const ChartQuery chart = query->chart;
    const int wait = query->maxWaitMs;
    auto task = threadCall(
        services, [services, chart, wait] { return services->ensureHistory(chart, wait); }, m_ctx->home);
    const Status ensured = co_await task;
    if (!ensured)
        co_return HttpResponse::error(ensured.error());
    const auto db = m_ctx->db();
    if (!db)
        co_return HttpResponse::error(db.error());
    const BarKey key{chart.code, chart.interval, chart.adjusted};
    const auto page = BarRepository(db.value()).range(key, query->fromMs, query->toMs, query->limit, query->pageToken);
    if (!page)
        co_return HttpResponse::error(page.error());
    co_return historyBody(query.value(), page.value());
}

QCoro::Task<HttpResponse> HistoryController::backfill(HttpRequest request)
{
    const auto parsed = parseBackfill(request);
    if (!parsed)
        co_return HttpResponse::error(parsed.error());
    FeedServices *services = m_ctx->deps->services;
    const BackfillRequest b = parsed.value();
    auto task = threadCall(services, [services, b] { return services->startBackfill(b); }, m_ctx->home);
    const Result<JobStart> start = co_await task;
    if (!start)
        co_return HttpResponse::error(start.error());
    co_return JobController::started(start.value());
}

} // namespace cybos
