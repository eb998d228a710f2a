#include "stockcontroller.h"
#include "jobcontroller.h"
#include "core/async/threadcall.h"
#include "core/domain/domainjson.h"
#include "core/server/http/csv.h"
#include "core/server/http/params.h"
#include "core/server/servercontext.h"
#include "core/services/feedservices.h"
#include "core/storage/stockrepository.h"

namespace cybos {
namespace {
Result<StockFilter> filterOf(const HttpRequest &request)
{
    static const QStringList markets{QStringLiteral("kospi"), QStringLiteral("kosdaq"), QStringLiteral("konex"),
                                     QStringLiteral("etf"), QStringLiteral("etn"), QStringLiteral("freeboard")};
    StockFilter f;
    for (const QString &value : request.queryValues(QStringLiteral("market"))) {
        for (const QString &m : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString market = m.trimmed().toLower();
            if (!markets.contains(market))
                return Params::invalid(QStringLiteral("market"), QStringLiteral("must be one of ") + markets.join(u'|'));
            f.markets.append(market);
        }
    }
    f.q = request.queryValue(QStringLiteral("q")).trimmed();
    if (request.hasQuery(QStringLiteral("index"))) {
        if (request.queryValue(QStringLiteral("index")).toLower() != u"kospi200")
            return Params::invalid(QStringLiteral("index"), QStringLiteral("must be kospi200"));
        f.kospi200Only = true;
    }
    f.status = request.queryValue(QStringLiteral("status")).trimmed().toLower();
    const auto limit = Params::limit(request);
    if (!limit)
        return limit.error();
    f.limit = limit.value();
    f.pageToken = request.queryValue(QStringLiteral("page_token"));
    return f;
}
} // namespace

QCoro::Task<HttpResponse> StockController::list(HttpRequest request)
{
    const auto filter = filterOf(request);
    const auto format = Params::format(request);
    if (!filter || !format)
        co_return HttpResponse::error(!filter ? filter.error() : format.error());
    const auto db = m_ctx->db();
    if (!db)
        co_return HttpResponse::error(db.error());
    const auto page = StockRepository(db.value()).query(filter.value());
    if (!page)
        co_return HttpResponse::error(page.error());
    if (format.value() == Params::Format::Csv) {
        HttpResponse r = HttpResponse::csv(Csv::stocks(page->items));
        if (!page->nextPageToken.isEmpty())
            r.withHeader(QByteArrayLiteral("X-Next-Page-Token"), page->nextPageToken.toUtf8());
        co_return r;
    }
    QByteArray body;
    JsonOut out(body);
    out.beginObject().key("items").beginArray();
    for (const Stock &s : page->items)
        DomainJson::write(out, s);
    out.endArray().field("total", page->total);
    out.key("next_page_token").valueOrNull(page->nextPageToken);
    out.endObject();
    co_return HttpResponse::json(body);
}

QCoro::Task<HttpResponse> StockController::get(HttpRequest request)
{
    const auto code = Params::pathCode(request);
    if (!code)
        co_return HttpResponse::error(code.error());
    const auto db = m_ctx->db();
    if (!db)
        co_return HttpResponse::error(db.error());
    const auto stock = StockRepository(db.value()).get(code.value());
    if (!stock)
        co_return HttpResponse::error(stock.error());
    if (!stock.value())
        co_return HttpResponse::error(makeError(ErrorCode::UnknownCode, QStringLiteral("no stock ") + code.value()));
    co_return HttpResponse::json(DomainJson::toJson(*stock.value()));
}

QCoro::Task<HttpResponse> StockController::sync(HttpRequest)
{
    FeedServices *services = m_ctx->deps->services;
    auto task = threadCall(services, [services] { return services->startCodeSync(); }, m_ctx->home);
    const JobStart start = co_await task;
    co_return JobController::started(start);
}

} // namespace cybos
