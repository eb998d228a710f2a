#include "apiserver.h"
#include "serverthread.h"
#include "serverworker.h"
#include "metrics/servermetrics.h"
#include <QMetaObject>

namespace cybos {
namespace {
QStringList describe(const Router &router)
{
    QStringList out;
    for (const Route &r : router.routes())
        out.append(methodName(r.method) + u' ' + r.pattern);
    return out;
}
} // namespace

ApiServer::ApiServer(ServerDeps deps, QObject *parent)
    : QObject(parent), m_deps(std::move(deps)), m_metrics(std::make_shared<ServerMetrics>())
{}

ApiServer::~ApiServer()
{
    stop();
}

Result<quint16> ApiServer::start()
{
    if (m_thread)
        return makeError(ErrorCode::AlreadyRunning, QStringLiteral("the server is running"));
    m_thread = std::make_unique<ServerThread>(m_deps, m_metrics);
    m_thread->startAndWait();
    Result<quint16> port = makeError(ErrorCode::BindFailed, QStringLiteral("the server thread did not start"));
    ServerWorker *worker = m_thread->worker();
    QMetaObject::invokeMethod(worker, [this, &port, worker] {
        port = worker->start();
        m_routes = describe(worker->routes());
        m_wsPaths = describe(worker->webSocketPaths());
    }, Qt::BlockingQueuedConnection);
    if (!port) {
        m_thread.reset();
        return port;
    }
    m_port = port.value();
    return port;
}

void ApiServer::stop()
{
    if (!m_thread)
        return;
    ServerWorker *worker = m_thread->worker();
    if (worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.reset(); // quits the loop; the worker is destroyed on its thread
    m_port = 0;
}

QString ApiServer::address() const
{
    const QString host = m_deps.config.bindHost();
    const QString shown = host.contains(QLatin1Char(':')) ? u'[' + host + u']' : host;
    return QStringLiteral("http://%1:%2").arg(shown).arg(m_port);
}

WsHub *ApiServer::hub() const
{
    const ServerWorker *worker = m_thread ? m_thread->worker() : nullptr;
    return worker ? worker->hub() : nullptr;
}

qint64 ApiServer::httpRequests() const
{
    return m_metrics->httpRequests();
}

int ApiServer::wsClients() const
{
    return m_metrics->wsClients();
}

} // namespace cybos
