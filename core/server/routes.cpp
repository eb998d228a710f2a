// The whole REST surface of api.md in one table. Handlers are coroutines of small
// controllers; the dispatcher applies security, errors, metrics around them.
#include "routes.h"
#include "servercontext.h"
#include "http/router.h"

namespace cybos {

Controllers::Controllers(const ServerContext *context)
    : system(context), stocks(context), jobs(context), prices(context), history(context), ticks(context),
      subscriptions(context)
{
    if (context->deps->emulator)
        emulator.emplace(context->deps->emulator);
    if (context->deps->ingest)
        ingest = std::make_unique<IngestEndpoints>(context->deps->ingest, context->deps->config.apiKey);
}

// Binds a controller coroutine to a route handler.
template<typename C>
RouteHandler bind(C *controller, QCoro::Task<HttpResponse> (C::*method)(HttpRequest))
{
    return [controller, method](HttpRequest request) { return (controller->*method)(std::move(request)); };
}

void registerRoutes(Router &r, Controllers &c)
{
    using M = HttpMethod;
    const auto open = RouteAccess::Public;
    r.add(M::Get, QStringLiteral("/api/health"), bind(&c.system, &SystemController::health), open);
    r.add(M::Get, QStringLiteral("/api/status"), bind(&c.system, &SystemController::status));
    r.add(M::Get, QStringLiteral("/metrics"), bind(&c.system, &SystemController::metrics));
    r.add(M::Get, QStringLiteral("/api/openapi.json"), bind(&c.system, &SystemController::openApi), open);
    r.add(M::Get, QStringLiteral("/docs"), bind(&c.system, &SystemController::docs), open);

    r.add(M::Get, QStringLiteral("/api/stocks"), bind(&c.stocks, &StockController::list));
    r.add(M::Get, QStringLiteral("/api/stocks/{code}"), bind(&c.stocks, &StockController::get));
    r.add(M::Post, QStringLiteral("/api/stocks/sync"), bind(&c.stocks, &StockController::sync));
    r.add(M::Get, QStringLiteral("/api/jobs/{id}"), bind(&c.jobs, &JobController::get));

    r.add(M::Get, QStringLiteral("/api/prices"), bind(&c.prices, &PriceController::quotes));
    r.add(M::Get, QStringLiteral("/api/prices/{code}"), bind(&c.prices, &PriceController::quote));
    r.add(M::Get, QStringLiteral("/api/prices/{code}/history"), bind(&c.history, &HistoryController::history));
    r.add(M::Get, QStringLiteral("/api/orderbook/{code}"), bind(&c.prices, &PriceController::orderBook));
    r.add(M::Get, QStringLiteral("/api/ticks"), bind(&c.ticks, &TickController::sinceSeq));
    r.add(M::Get, QStringLiteral("/api/ticks/{code}"), bind(&c.ticks, &TickController::byCode));
    r.add(M::Post, QStringLiteral("/api/history/backfill"), bind(&c.history, &HistoryController::backfill));

    r.add(M::Get, QStringLiteral("/api/subscriptions"), bind(&c.subscriptions, &SubscriptionController::list));
    r.add(M::Post, QStringLiteral("/api/subscriptions"), bind(&c.subscriptions, &SubscriptionController::pin));
    r.add(M::Delete, QStringLiteral("/api/subscriptions/{code}"), bind(&c.subscriptions, &SubscriptionController::unpin));

    if (c.emulator) {
        r.add(M::Post, QStringLiteral("/api/emulator/disconnect"), bind(&*c.emulator, &EmulatorController::disconnect));
        r.add(M::Post, QStringLiteral("/api/emulator/rate"), bind(&*c.emulator, &EmulatorController::rate));
    }
    if (c.ingest) {
        r.add(M::Post, QStringLiteral("/api/ingest"), bind(c.ingest.get(), &IngestEndpoints::postTicks));
        r.add(M::Post, QStringLiteral("/api/ingest/stocks"), bind(c.ingest.get(), &IngestEndpoints::postStocks));
    }
}

void registerWebSocketPaths(WebSocketPaths &ws, Controllers &c)
{
    ws.router.add(HttpMethod::Get, QStringLiteral("/ws"), {});
    ws.router.add(HttpMethod::Get, QStringLiteral("/ws/prices/{code}"), {});
    if (c.ingest) {
        const QString path = QStringLiteral("/ws/ingest");
        ws.router.add(HttpMethod::Get, path, {}, RouteAccess::KeyAtHandshake);
        IngestEndpoints *endpoints = c.ingest.get();
        ws.handlers.insert(path, [endpoints](QWebSocket *socket) { endpoints->acceptSocket(socket, true); });
    }
}

} // namespace cybos
