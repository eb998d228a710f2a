#pragma once
// ApiServer: the REST + WebSocket server of api.md on its own thread. Construct it on any
// thread with the dependencies, then start(): it listens (port 0:
// any free port) and answers until stop() or destruction. Nothing it does blocks the caller's
// or the COM thread: feed work is awaited on the feed services' thread.
#include "serverdeps.h"
#include "core/domain/result.h"
#include <QObject>
#include <memory>

namespace cybos {

class ServerMetrics;
class ServerThread;
class WsHub;

class ApiServer : public QObject
{
    Q_OBJECT
public:
    explicit ApiServer(ServerDeps deps, QObject *parent = nullptr);
    ~ApiServer() override;

    // Binds and serves; the port actually bound. Errors: insecure_bind (non-loopback without
    // a key), bad_bind, bind_failed (port taken, …).
    Result<quint16> start();
    void stop();

    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString address() const;                 // "http://127.0.0.1:8000"

    // What start() registered, as "GET /api/prices/{code}" (the OpenAPI test compares).
    QStringList routes() const { return m_routes; }
    QStringList webSocketPaths() const { return m_wsPaths; }

    // The WebSocket hub, on the server thread, while running (else null). The composition root
    // connects TickBus::ticksPublished to WsHub::publishTicks, queued; never call it from here.
    WsHub *hub() const;

    // Thread-safe figures for the status provider.
    qint64 httpRequests() const;
    int wsClients() const;

private:
    ServerDeps m_deps;
    std::shared_ptr<ServerMetrics> m_metrics;
    std::unique_ptr<ServerThread> m_thread;
    quint16 m_port = 0;
    QStringList m_routes;
    QStringList m_wsPaths;
};

} // namespace cybos
