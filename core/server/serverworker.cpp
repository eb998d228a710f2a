#include "serverworker.h"
#include "http/httpadapter.h"
#include "metrics/servermetrics.h"
#include "ws/wshub.h"
#include "core/domain/ksttime.h"
#include "core/log/categories.h"
#include "core/pipeline/quotecache.h"
#include "core/services/feedservices.h"
#include "core/storage/database.h"
#include <QHttpServer>
#include <QNetworkRequest>
#include <QUrl>
#include <QWebSocket>

namespace cybos {
namespace {
SecurityConfig securityOf(const ServerDeps &deps)
{
    SecurityConfig s;
    s.apiKey = deps.config.apiKey;
    s.bindAddress = deps.config.bindHost();
    s.hostNames = deps.config.hostNames;
    s.allowedOrigins = deps.config.allowedOrigins;
    s.maxFailures = deps.options.banFailures;
    s.banMs = deps.options.banMs;
    return s;
}

ServerContext contextOf(const ServerDeps *deps, Database *db, ServerMetrics *metrics)
{
    ServerContext c;
    c.deps = deps;
    c.database = db;
    c.metrics = metrics;
    c.startedMs = Kst::nowMs();
    return c;
}

// The handshake of an accepted WebSocket, in the form the security rules read.
HttpRequest handshakeOf(const QWebSocket &socket)
{
    HttpRequest r;
    r.method = HttpMethod::Get;
    const QUrl url = socket.requestUrl();
    r.path = url.path();
    r.segments = splitPath(url.path(QUrl::FullyEncoded).toUtf8());
    r.query = QUrlQuery(url);
    const QNetworkRequest request = socket.request();
    for (const QByteArray &name : request.rawHeaderList())
        r.headers.append({name, request.rawHeader(name)});
    r.peer = socket.peerAddress();
    return r;
}
} // namespace

Result<QHostAddress> bindAddressOf(const Config &config)
{
    const QString text = config.bindHost();
    QHostAddress address(text == u"localhost" ? QStringLiteral("127.0.0.1") : text);
    if (address.isNull())
        return makeError(ErrorCode::BadBind, QStringLiteral("bind address \"%1\" is not an IP address").arg(text));
    if (!address.isLoopback() && config.apiKey.isEmpty()) {
        return makeError(ErrorCode::InsecureBind,
                         QStringLiteral("refusing to listen on %1 without an API key: set --api-key (API_KEY) "
                                        "or bind to 127.0.0.1").arg(text));
    }
    return address;
}

ServerWorker::ServerWorker(const ServerDeps &deps, std::shared_ptr<ServerMetrics> metrics)
    : m_deps(deps), m_database(std::make_unique<Database>(deps.dbPath)), m_metrics(std::move(metrics)),
      m_guard(securityOf(deps), deps.eventLog), m_ctx(contextOf(&m_deps, m_database.get(), m_metrics.get())),
      m_hub(std::make_unique<WsHub>(deps.services, &m_guard, m_metrics.get(), deps.options,
                                    &deps.quotes->listing())),
      m_controllers(&m_ctx),
      m_dispatcher(&m_routes, &m_wsPaths.router, &m_guard, m_metrics.get(), deps.options.maxBodyBytes)
{
    m_ctx.hub = m_hub.get();
    m_ctx.home = this;
    registerRoutes(m_routes, m_controllers);
    registerWebSocketPaths(m_wsPaths, m_controllers);
}

ServerWorker::~ServerWorker()
{
    stop();
}

Result<quint16> ServerWorker::start()
{
    const auto address = bindAddressOf(m_deps.config);
    if (!address)
        return address.error();
    m_http = std::make_unique<QHttpServer>();
    HttpAdapter::install(
        m_http.get(), [this](HttpRequest request, HttpReply reply) { m_dispatcher.handle(std::move(request), std::move(reply)); },
        [this](const HttpRequest &request) { return m_dispatcher.acceptUpgrade(request); });
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, &ServerWorker::takeWebSockets);
    const auto port = HttpAdapter::listen(m_http.get(), address.value(), quint16(m_deps.config.port),
                                          m_deps.options.connections);
    if (!port) {
        m_http.reset();
        return port.error();
    }
    if (m_deps.services)
        connect(m_deps.services, &FeedServices::connectionChanged, m_hub.get(), &WsHub::setFeedConnected, Qt::QueuedConnection);
    qCInfo(lcServer).noquote() << "listening on" << address->toString() + u':' + QString::number(port.value());
    return port;
}

void ServerWorker::stop()
{
    if (!m_http)
        return;
    if (m_deps.services)
        disconnect(m_deps.services, nullptr, m_hub.get(), nullptr);
    m_hub->closeAll();
    m_http.reset();
}

void ServerWorker::takeWebSockets()
{
    while (m_http && m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        if (!socket)
            break;
        HttpRequest handshake = handshakeOf(*socket);
        const RouteMatch match = m_wsPaths.router.match(handshake);
        const auto &handlers = m_wsPaths.handlers;
        const auto handler = match.route ? handlers.constFind(match.route->pattern) : handlers.cend();
        if (handler != handlers.cend())
            (*handler)(socket.release());
        else
            m_hub->accept(socket.release(), AccessGuard::carriesKey(handshake, true), handshake.param(QStringLiteral("code")));
    }
}

} // namespace cybos
