#include "router.h"

namespace cybos {

void Router::add(HttpMethod method, const QString &pattern, RouteHandler handler, RouteAccess access)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.handler = std::move(handler);
    r.access = access;
    r.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    r.literals = int(r.segments.size() - pattern.count(QLatin1Char('{')));
    m_routes.append(std::move(r));
}

bool Router::matchSegments(const Route &route, const QStringList &segments, QList<QPair<QString, QString>> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(QLatin1Char('{'))) {
            if (segments.at(i).isEmpty())
                return false;
            if (params)
                params->append({want.mid(1, want.size() - 2), segments.at(i)});
        } else if (want != segments.at(i)) {
            return false;
        }
    }
    return true;
}

RouteMatch Router::find(HttpMethod method, const QStringList &segments) const
{
    // The most literal pattern that fits the path decides: "/api/stocks/sync" is not the
    // stock "sync", so a GET there is 405, not a lookup of code "sync".
    int best = -1;
    for (const Route &r : m_routes) {
        if (matchSegments(r, segments, nullptr))
            best = qMax(best, r.literals);
    }
    RouteMatch result;
    for (const Route &r : m_routes) {
        if (r.literals != best || !matchSegments(r, segments, nullptr))
            continue;
        if (r.method == method) {
            result.route = &r;
            result.allowed.clear();
            return result;
        }
        if (!result.allowed.contains(r.method))
            result.allowed.append(r.method);
    }
    return result;
}

RouteMatch Router::match(HttpRequest &request) const
{
    RouteMatch result = find(request.method, request.segments);
    if (result.route) {
        request.params.clear();
        matchSegments(*result.route, request.segments, &request.params);
        request.routePattern = result.route->pattern;
    }
    return result;
}

} // namespace cybos
