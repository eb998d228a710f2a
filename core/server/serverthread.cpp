#include "serverthread.h"
#include "serverworker.h"

namespace cybos {

ServerThread::ServerThread(const ServerDeps &deps, std::shared_ptr<ServerMetrics> metrics)
    : m_deps(deps), m_metrics(std::move(metrics))
{
    setObjectName(QStringLiteral("server"));
}

ServerThread::~ServerThread()
{
    quit();
    wait();
}

void ServerThread::startAndWait()
{
    start();
    m_ready.acquire();
}

void ServerThread::run()
{
    {
        ServerWorker worker(m_deps, m_metrics);
        m_worker = &worker;
        m_ready.release();
        exec();
        m_worker = nullptr;
    }
}

} // namespace cybos
