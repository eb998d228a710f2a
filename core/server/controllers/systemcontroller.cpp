#include "systemcontroller.h"
#include "statusjson.h"
#include "core/domain/ksttime.h"
#include "core/pipeline/tickbus.h"
#include "core/server/metrics/prometheus.h"
#include "core/server/servercontext.h"
#include "core/server/ws/wshub.h"
#include "core/services/feedservices.h"
#include <QFile>

// The resources of a static library must be registered by name (outside any namespace).
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace cybos {
namespace {
QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray buildDocsPage()
{
    QByteArray spec = SystemController::openApiDocument();
    spec.replace("</", "<\\/"); // inside <script>: no early end tag
    QByteArray page;
    page += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>cybos-server API reference</title>"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<style>body{margin:0;padding:0}</style></head><body><div id=\"redoc\"></div>\n<script>";
    page += readResource(QStringLiteral(":/core/api/redoc.standalone.js"));
    page += "</script>\n<script>Redoc.init(";
    page += spec;
    page += ", {expandResponses: \"200,202\", hideHostname: false}, document.getElementById(\"redoc\"));</script>\n"
            "</body></html>\n";
    return page;
}

SystemStatus currentStatus(const ServerContext &ctx)
{
    SystemStatus s;
    if (ctx.deps->status) {
        s = ctx.deps->status->snapshot();
    } else {
        const FeedServices *services = ctx.deps->services;
        s.version = QStringLiteral(CYBOS_VERSION);
        s.uptimeS = (Kst::nowMs() - ctx.startedMs) / 1000;
        s.backend = ctx.deps->config.backend;
        s.feed.connected = services->isConnected();
        s.feed.sinceMs = services->connectedSinceMs();
        const BudgetStatus b = services->budget();
        s.budget.requests = b.requests;
        s.budget.queued = b.queuedTotal();
        s.budget.subscriptions = b.subscriptions;
        s.database.path = ctx.deps->dbPath;
    }
    // The server's own figures are live here.
    s.server.wsClients = ctx.hub->clientCount();
    s.server.httpRequests = ctx.metrics->httpRequests();
    return s;
}
} // namespace

SystemController::SystemController(const ServerContext *context) : m_ctx(context)
{
    initCoreResources();
}

QByteArray SystemController::openApiDocument()
{
    static const QByteArray doc = [] {
        initCoreResources();
        return readResource(QStringLiteral(":/core/api/openapi.json"));
    }();
    return doc;
}

QCoro::Task<HttpResponse> SystemController::health(HttpRequest)
{
    co_return HttpResponse::json(QByteArrayLiteral("{\"status\":\"ok\"}"));
}

QCoro::Task<HttpResponse> SystemController::status(HttpRequest)
{
    co_return HttpResponse::json(statusJson(currentStatus(*m_ctx)));
}

QCoro::Task<HttpResponse> SystemController::metrics(HttpRequest)
{
    MetricsInput in;
    in.status = currentStatus(*m_ctx);
    in.budget = m_ctx->deps->services->budget();
    in.ticksPublished = m_ctx->deps->tickBus ? m_ctx->deps->tickBus->published() : 0;
    in.wsSendBufferBytes = m_ctx->hub->bufferedBytes();
    in.server = m_ctx->metrics;
    HttpResponse r = HttpResponse::json(renderPrometheus(in));
    r.contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
    co_return r;
}

QCoro::Task<HttpResponse> SystemController::openApi(HttpRequest)
{
    co_return HttpResponse::json(openApiDocument());
}

QCoro::Task<HttpResponse> SystemController::docs(HttpRequest)
{
    if (m_docsPage.isEmpty())
        m_docsPage = buildDocsPage();
    HttpResponse r = HttpResponse::json(m_docsPage);
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    co_return r;
}

} // namespace cybos
