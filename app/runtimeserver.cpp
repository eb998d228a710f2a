// The Runtime's REST/WebSocket server (its own thread) and the parts' lifetime.
#include "runtime.h"
#include "runtimeparts.h"
#include "core/forward/forwarder.h"
#include "core/server/apiserver.h"

namespace cybos {

RuntimeParts::RuntimeParts() = default;
RuntimeParts::~RuntimeParts() = default;

Status Runtime::startServer()
{
    ServerDeps deps;
    deps.config = m_config;
    deps.services = m_parts->services.get();
    deps.status = m_parts->status.get();
    deps.quotes = m_parts->quotes.get();
    deps.eventLog = m_log;
    deps.dbPath = m_config.dbPath;
    addTickDeps(deps);
    m_parts->backend->addServerDeps(deps);   // the emulator's controls, the relay's ingest sink
    deps.options.wsMaxBufferedBytes = m_config.wsClientBufferKb << 10;
    deps.options.wsTotalBufferedBytes = m_config.wsBufferTotalMb << 20;
    m_parts->server = std::make_unique<ApiServer>(deps);
    auto port = m_parts->server->start();
    if (!port)
        return port.error();
    connectHub();
    ApiServer *server = m_parts->server.get();
    m_parts->status->setServer([server] {
        SystemStatus::Server s;
        s.wsClients = server->wsClients();
        s.httpRequests = server->httpRequests();
        s.address = server->address();
        return s;
    });
    return Ok{};
}

void Runtime::stopServer()
{
    if (!m_parts->server)
        return;
    if (m_parts->status)
        m_parts->status->setServer({});
    disconnectHub();
    m_parts->server->stop();
    m_parts->server.reset();
}

QString Runtime::apiBaseUrl() const
{
    return m_parts->server ? m_parts->server->address() : QString();
}

quint16 Runtime::port() const
{
    return m_parts->server ? m_parts->server->port() : 0;
}

} // namespace cybos
