#include "dispatcher.h"
#include "core/log/categories.h"
#include "core/server/metrics/servermetrics.h"
#include "core/server/security/accessguard.h"
#include <exception>

namespace cybos {
namespace {
QByteArray methodList(const QList<HttpMethod> &methods)
{
    QStringList names;
    for (HttpMethod m : methods)
        names.append(methodName(m));
    return names.join(QStringLiteral(", ")).toLatin1();
}
} // namespace

Dispatcher::Dispatcher(const Router *routes, const Router *wsPaths, AccessGuard *guard,
                       ServerMetrics *metrics, qint64 maxBodyBytes)
    : m_routes(routes), m_wsPaths(wsPaths), m_guard(guard), m_metrics(metrics), m_maxBodyBytes(maxBodyBytes)
{}

void Dispatcher::handle(HttpRequest request, HttpReply reply)
{
    QElapsedTimer timer;
    timer.start();
    const Route *route = nullptr;
    if (auto early = precheck(request, &route)) {
        finish(reply, request, std::move(*early), timer);
        return;
    }
    run(route, std::move(request), std::move(reply), timer);
}

std::optional<HttpResponse> Dispatcher::precheck(HttpRequest &request, const Route **route)
{
    if (request.body.size() > m_maxBodyBytes) {
        return HttpResponse::error(ErrorCode::PayloadTooLarge,
                                   QStringLiteral("the request body is limited to %1 bytes").arg(m_maxBodyBytes));
    }
    if (request.isWebSocketUpgrade())
        return refusedUpgrade(request);
    if (auto denied = m_guard->checkRequest(request); denied && denied->code != ErrorCode::Banned)
        return HttpResponse::error(*denied);
    if (request.method == HttpMethod::Options && m_guard->corsEnabled() && request.hasHeader("origin"))
        return preflight(request);
    if (m_wsPaths->find(request.method, request.segments).route) {
        return HttpResponse::error(ErrorCode::BadRequest,
                                   QStringLiteral("%1 is a WebSocket endpoint: connect with an upgrade").arg(request.path));
    }
    const RouteMatch match = m_routes->match(request);
    if (!match.route && !match.allowed.isEmpty()) {
        return HttpResponse::error(ErrorCode::MethodNotAllowed,
                                   QStringLiteral("%1 takes %2").arg(request.path, QString::fromLatin1(methodList(match.allowed))))
            .withHeader(QByteArrayLiteral("Allow"), methodList(match.allowed));
    }
    if (!match.route)
        return HttpResponse::error(ErrorCode::NotFound, QStringLiteral("no such endpoint: ") + request.path);
    *route = match.route;
    if (match.route->access == RouteAccess::Public)
        return std::nullopt;
    if (auto banned = m_guard->checkBan(request.peer))
        return HttpResponse::error(*banned);
    if (auto denied = m_guard->authorize(request, false))
        return HttpResponse::error(*denied);
    return std::nullopt;
}

HttpResponse Dispatcher::refusedUpgrade(const HttpRequest &request) const
{
    if (!m_wsPaths->find(request.method, request.segments).route)
        return HttpResponse::error(ErrorCode::NotFound, QStringLiteral("no WebSocket endpoint at ") + request.path);
    if (const QString problem = request.webSocketHandshakeProblem(); !problem.isEmpty())
        return HttpResponse::error(ErrorCode::BadRequest, problem)
            .withHeader(QByteArrayLiteral("Sec-WebSocket-Version"), QByteArrayLiteral("13"));
    if (auto denied = m_guard->checkRequest(request))
        return HttpResponse::error(*denied);
    return HttpResponse::error(ErrorCode::Unauthorized, QStringLiteral("wrong API key"));
}

bool Dispatcher::acceptUpgrade(const HttpRequest &request)
{
    const RouteMatch match = m_wsPaths->find(request.method, request.segments);
    if (!match.route || !request.webSocketHandshakeProblem().isEmpty() || m_guard->checkRequest(request))
        return false;
    // Without a key the socket opens and must send the auth message; a wrong key is refused.
    switch (match.route->access) {
    case RouteAccess::Public:
        return true;
    case RouteAccess::Key:
        return !AccessGuard::carriesKey(request, true) || !m_guard->authorize(request, true);
    case RouteAccess::KeyAtHandshake:
        return !m_guard->authorize(request, true);
    }
    return false;
}

HttpResponse Dispatcher::preflight(const HttpRequest &request) const
{
    HttpResponse r = HttpResponse::json({}, 204);
    r.headers = m_guard->corsHeaders(request);
    r.withHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, POST, DELETE"));
    r.withHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                 QByteArrayLiteral("Authorization, X-API-Key, Content-Type"));
    r.withHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
    return r;
}

QCoro::Task<> Dispatcher::run(const Route *route, HttpRequest request, HttpReply reply, QElapsedTimer timer)
{
    HttpResponse response;
    try {
        auto task = route->handler(request);
        response = co_await task;
    } catch (const std::exception &e) {
        qCCritical(lcServer) << "handler of" << route->pattern << "failed:" << e.what();
        response = HttpResponse::error(ErrorCode::InternalError, QStringLiteral("internal error"));
    }
    finish(reply, request, std::move(response), timer);
}

void Dispatcher::finish(HttpReply &reply, const HttpRequest &request, HttpResponse response,
                        const QElapsedTimer &timer)
{
    if (m_guard->corsEnabled() && response.status != 204)
        response.headers.append(m_guard->corsHeaders(request));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    m_metrics->recordRequest(request.routePattern.isEmpty() ? QStringLiteral("(unmatched)") : request.routePattern,
                             response.status, ms);
    if (response.status >= 400) {
        qCDebug(lcServer).noquote() << methodName(request.method) << request.path << response.status
                                    << (response.errorCode ? errorCodeName(*response.errorCode) : QString());
    }
    reply.send(response);
}

} // namespace cybos
