#pragma once
// The route table: method + path pattern ("/api/prices/{code}/history") → handler. Ours, not
// QHttpServer's, so that a wrong method is 405 with our envelope, an unknown path 404, and the
// OpenAPI test can list exactly what is registered. Routes are added in routes.cpp only.
#include "httprequest.h"
#include "httpresponse.h"
#include <QList>
#include <functional>
#include <qcoro/qcorotask.h>

namespace cybos {

using RouteHandler = std::function<QCoro::Task<HttpResponse>(HttpRequest request)>;

enum class RouteAccess {
    Key,             // needs the API key when one is configured (WebSocket: or the auth message)
    Public,          // never needs a key (/api/health, the API document and its reference page)
    KeyAtHandshake,  // WebSocket paths without an auth message (e.g. /ws/ingest): key in the handshake
};

struct Route {
    HttpMethod method = HttpMethod::Get;
    QString pattern;
    RouteHandler handler;
    RouteAccess access = RouteAccess::Key;
    QStringList segments;   // pattern split; "{name}" segments capture
    int literals = 0;       // segments that are not captures: the more, the more specific
};

struct RouteMatch {
    const Route *route = nullptr;         // null: no route for this method and path
    QList<HttpMethod> allowed;            // methods the path accepts (405 when not empty)
};

class Router
{
public:
    void add(HttpMethod method, const QString &pattern, RouteHandler handler,
             RouteAccess access = RouteAccess::Key);
    // Finds the route and fills request.params and request.routePattern.
    RouteMatch match(HttpRequest &request) const;
    // Finds the route only.
    RouteMatch find(HttpMethod method, const QStringList &segments) const;
    const QList<Route> &routes() const { return m_routes; }

    static bool matchSegments(const Route &route, const QStringList &segments,
                              QList<QPair<QString, QString>> *params);

private:
    QList<Route> m_routes;
};

} // namespace cybos
