#pragma once
// Everything of the server that lives on the server thread: the QHttpServer, the routes and
// controllers, the security guard, the WebSocket hub, the read-only database connection.
// Created, used and destroyed on that thread by ApiServer's thread.
#include "routes.h"
#include "serverdeps.h"
#include "servercontext.h"
#include "http/dispatcher.h"
#include "http/router.h"
#include "security/accessguard.h"
#include "core/domain/result.h"
#include <QObject>
#include <memory>

class QHttpServer;

namespace cybos {

class Database;
class ServerMetrics;
class WsHub;

class ServerWorker : public QObject
{
    Q_OBJECT
public:
    ServerWorker(const ServerDeps &deps, std::shared_ptr<ServerMetrics> metrics);
    ~ServerWorker() override;

    Result<quint16> start();
    void stop();
    const Router &routes() const { return m_routes; }
    const Router &webSocketPaths() const { return m_wsPaths.router; }
    WsHub *hub() const { return m_hub.get(); }

private:
    void takeWebSockets();

    ServerDeps m_deps;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<ServerMetrics> m_metrics;
    AccessGuard m_guard;
    ServerContext m_ctx;
    std::unique_ptr<WsHub> m_hub;
    Controllers m_controllers;
    Router m_routes;
    WebSocketPaths m_wsPaths;
    Dispatcher m_dispatcher;
    std::unique_ptr<QHttpServer> m_http;
};

// Start-up refusals of api.md "Security": a non-loopback bind needs an API key.
Result<QHostAddress> bindAddressOf(const Config &config);

} // namespace cybos
