#pragma once
// The ONE place that knows how QHttpServer differs between Qt 6.4 and Qt 6.8+: how a request
// reaches us (a missing-handler that defers the answer), how a response with our own headers
// is written, how a WebSocket upgrade is accepted on the same port, how the TCP server is
// bound. Everything else in core/server works on HttpRequest / HttpResponse / HttpReply.
#include "connectionlimits.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "core/domain/result.h"
#include <QHostAddress>
#include <functional>
#include <memory>

class QHttpServer;

namespace cybos {

// The right to answer one request, once, possibly later (after a coroutine resumed). Owns
// Qt's responder; answering after the client went away does nothing.
class HttpReply
{
public:
    HttpReply();
    ~HttpReply();
    HttpReply(HttpReply &&other) noexcept;
    HttpReply &operator=(HttpReply &&other) noexcept;

    void send(const HttpResponse &response);
    bool isPending() const;

    struct Impl;
    explicit HttpReply(std::unique_ptr<Impl> impl);

private:
    std::unique_ptr<Impl> d;
};

namespace HttpAdapter {

using RequestHandler = std::function<void(HttpRequest request, HttpReply reply)>;
// True: accept this upgrade request as a WebSocket (newWebSocketConnection follows). False:
// the request goes to the RequestHandler like any other, which answers it with an error.
using UpgradeCheck = std::function<bool(const HttpRequest &request)>;

void install(QHttpServer *server, RequestHandler onRequest, UpgradeCheck acceptUpgrade);
// Listens on address:port (0: any free port) and binds it to the server → the bound port.
// Connections beyond the limits are refused (connectionguard.h).
Result<quint16> listen(QHttpServer *server, const QHostAddress &address, quint16 port, ConnectionLimits limits = {});

} // namespace HttpAdapter
} // namespace cybos
