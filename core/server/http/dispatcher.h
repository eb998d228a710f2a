#pragma once
// The edge of the REST API: every request passes the security rules, is routed, runs its
// handler (a coroutine: it may await the feed without blocking anything) and is answered,
// counted and timed here. Errors of any kind leave as the api.md envelope.
#include "httpadapter.h"
#include "router.h"
#include <QElapsedTimer>

namespace cybos {

class AccessGuard;
class ServerMetrics;

class Dispatcher
{
public:
    Dispatcher(const Router *routes, const Router *wsPaths, AccessGuard *guard, ServerMetrics *metrics,
               qint64 maxBodyBytes);

    void handle(HttpRequest request, HttpReply reply);
    // The WebSocket handshake check: a WebSocket path, Host, Origin, ban, and the key when the
    // handshake carries one. A refused upgrade then reaches handle(), which answers why.
    bool acceptUpgrade(const HttpRequest &request);

private:
    std::optional<HttpResponse> precheck(HttpRequest &request, const Route **route);
    HttpResponse refusedUpgrade(const HttpRequest &request) const;
    QCoro::Task<> run(const Route *route, HttpRequest request, HttpReply reply, QElapsedTimer timer);
    void finish(HttpReply &reply, const HttpRequest &request, HttpResponse response, const QElapsedTimer &timer);
    HttpResponse preflight(const HttpRequest &request) const;

    const Router *m_routes;
    const Router *m_wsPaths;
    AccessGuard *m_guard;
    ServerMetrics *m_metrics;
    qint64 m_maxBodyBytes;
};

} // namespace cybos
