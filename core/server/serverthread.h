#pragma once
// The server's thread: creates the ServerWorker in run() so that every object of the server
// is created, used and destroyed on this thread, then runs its event loop.
#include "serverdeps.h"
#include <QSemaphore>
#include <QThread>
#include <memory>

namespace cybos {

class ServerMetrics;
class ServerWorker;

class ServerThread : public QThread
{
    Q_OBJECT
public:
    ServerThread(const ServerDeps &deps, std::shared_ptr<ServerMetrics> metrics);
    ~ServerThread() override;

    // Starts the thread and waits until the worker exists.
    void startAndWait();
    ServerWorker *worker() const { return m_worker; }

protected:
    void run() override;

private:
    const ServerDeps &m_deps;
    std::shared_ptr<ServerMetrics> m_metrics;
    ServerWorker *m_worker = nullptr;
    QSemaphore m_ready;
};

} // namespace cybos
