// Every QHttpServer call whose form differs between Qt versions lives here, behind
// CYBOS_QHTTPSERVER_68 (Qt 6.8 reworked the module: responder by reference, QHttpHeaders,
// WebSocket upgrade verifiers, bind() instead of listen()). Routing is ours (router.h), so
// all requests arrive through QHttpServer's missing-handler, whatever the version.
#include "httpadapter.h"
#include "connectionguard.h"
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#define CYBOS_QHTTPSERVER_68 (QT_VERSION >= QT_VERSION_CHECK(6, 8, 0))

#if CYBOS_QHTTPSERVER_68
#include <QHttpHeaders>
#include <QHttpServerWebSocketUpgradeResponse>
#else
#include <QHttpServerRouterRule>
#endif

namespace cybos {

struct HttpReply::Impl {
    std::unique_ptr<QHttpServerResponder> responder;
#if !CYBOS_QHTTPSERVER_68
    // Qt 6.4's responder holds a raw socket pointer that dies with the connection.
    QPointer<QTcpSocket> socket;
#endif
};

HttpReply::HttpReply() = default;
HttpReply::~HttpReply() = default;
HttpReply::HttpReply(HttpReply &&other) noexcept = default;
HttpReply &HttpReply::operator=(HttpReply &&other) noexcept = default;
HttpReply::HttpReply(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

bool HttpReply::isPending() const
{
    return d && d->responder;
}

void HttpReply::send(const HttpResponse &response)
{
    if (!isPending())
        return;
    std::unique_ptr<QHttpServerResponder> responder = std::move(d->responder);
    const auto status = QHttpServerResponder::StatusCode(response.status);
#if CYBOS_QHTTPSERVER_68
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &h : response.headers)
        headers.append(h.first, h.second);
    responder->write(response.body, headers, status);
#else
    if (!d->socket || d->socket->state() != QAbstractSocket::ConnectedState)
        return;
    responder->writeStatusLine(status);
    responder->writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    responder->writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    for (const auto &h : response.headers)
        responder->writeHeader(h.first, h.second);
    responder->writeBody(response.body);
#endif
}

namespace {
HttpMethod toMethod(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get: return HttpMethod::Get;
    case M::Post: return HttpMethod::Post;
    case M::Put: return HttpMethod::Put;
    case M::Delete: return HttpMethod::Delete;
    case M::Patch: return HttpMethod::Patch;
    case M::Head: return HttpMethod::Head;
    case M::Options: return HttpMethod::Options;
    default: return HttpMethod::Other;
    }
}

HttpRequest toRequest(const QHttpServerRequest &r)
{
    HttpRequest out;
    out.method = toMethod(r.method());
    const QUrl url = r.url();
    out.path = url.path();
    out.segments = splitPath(url.path(QUrl::FullyEncoded).toUtf8());
    out.query = QUrlQuery(url);
#if CYBOS_QHTTPSERVER_68
    out.headers = r.headers().toListOfPairs();
#else
    out.headers = r.headers();
#endif
    out.body = r.body();
    out.peer = r.remoteAddress();
    return out;
}

HttpReply makeReply(QHttpServerResponder &responder)
{
    auto impl = std::make_unique<HttpReply::Impl>();
#if !CYBOS_QHTTPSERVER_68
    impl->socket = responder.socket();
#endif
    impl->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    return HttpReply(std::move(impl));
}

#if !CYBOS_QHTTPSERVER_68
// Qt 6.4 upgrades a connection only when a route matches the upgrade request and its handler
// writes nothing; this rule matches exactly the upgrades the check accepts.
class UpgradeRule : public QHttpServerRouterRule
{
public:
    UpgradeRule(HttpAdapter::UpgradeCheck check, RouterHandler handler)
        : QHttpServerRouterRule(QStringLiteral("/"), std::move(handler)), m_check(std::move(check))
    {}

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *) const override
    {
        if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) != 0)
            return false;
        return m_check(toRequest(request));
    }

private:
    HttpAdapter::UpgradeCheck m_check;
};
#endif
} // namespace


namespace HttpAdapter {

void install(QHttpServer *server, RequestHandler onRequest, UpgradeCheck acceptUpgrade)
{
#if CYBOS_QHTTPSERVER_68
    server->setMissingHandler(server, [onRequest](const QHttpServerRequest &request,
                                                  QHttpServerResponder &responder) {
        onRequest(toRequest(request), makeReply(responder));
    });
    server->addWebSocketUpgradeVerifier(server, [acceptUpgrade](const QHttpServerRequest &request) {
        return acceptUpgrade(toRequest(request)) ? QHttpServerWebSocketUpgradeResponse::accept()
                                                 : QHttpServerWebSocketUpgradeResponse::passToNext();
    });
#else
    server->setMissingHandler([onRequest](const QHttpServerRequest &request,
                                          QHttpServerResponder &&responder) {
        onRequest(toRequest(request), makeReply(responder));
    });
    server->route<UpgradeRule>(std::move(acceptUpgrade), [](QHttpServerResponder &&) {});
#endif
}

Result<quint16> listen(QHttpServer *server, const QHostAddress &address, quint16 port, ConnectionLimits limits)
{
    auto tcp = std::make_unique<GuardedTcpServer>(limits);
    if (!tcp->listen(address, port)) {
        return makeError(ErrorCode::BindFailed,
                         QStringLiteral("cannot listen on %1:%2: %3")
                             .arg(address.toString()).arg(port).arg(tcp->errorString()));
    }
    const quint16 bound = tcp->serverPort();
#if CYBOS_QHTTPSERVER_68
    if (!server->bind(tcp.get()))
        return makeError(ErrorCode::BindFailed, QStringLiteral("QHttpServer refused the TCP server"));
#else
    server->bind(tcp.get());
#endif
    tcp.release(); // now a child of the server
    return bound;
}

} // namespace HttpAdapter
} // namespace cybos
