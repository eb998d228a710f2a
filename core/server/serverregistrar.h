#pragma once
// How other parts add endpoints to the running server without touching routes.cpp: the relay
// backend's POST /api/ingest and /ws/ingest, for instance. An extension is called once on the
// server thread while the server starts; what it registers obeys the same security rules.
#include "core/server/http/router.h"
#include <functional>

class QObject;
class QWebSocket;

namespace cybos {

struct ServerContext;

// Gets each socket that passed the handshake on the path (key already checked); takes
// ownership (parent it or delete it when disconnected).
using WebSocketHandler = std::function<void(QWebSocket *socket)>;

class ServerRegistrar
{
public:
    virtual ~ServerRegistrar() = default;
    virtual void addRoute(HttpMethod method, const QString &pattern, RouteHandler handler,
                          RouteAccess access = RouteAccess::Key) = 0;
    // access: KeyAtHandshake (the key must come with the handshake) or Public.
    virtual void addWebSocketPath(const QString &pattern, WebSocketHandler handler,
                                  RouteAccess access = RouteAccess::KeyAtHandshake) = 0;
    virtual const ServerContext &context() const = 0;   // dependencies, the read-only db()
    virtual QObject *threadObject() const = 0;          // a QObject on the server thread
};

using ServerExtension = std::function<void(ServerRegistrar &registrar)>;

} // namespace cybos
