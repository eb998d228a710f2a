#pragma once
// What the controllers share on the server thread: the dependencies, the server's own
// read-only database connection, its counters and the WebSocket hub.
// Feed calls hop through threadCall (core/async/threadcall.h, which states the GCC 12 rule).
#include "serverdeps.h"
#include "core/domain/result.h"
#include <QObject>
#include <QSqlDatabase>

namespace cybos {

class Database;
class ServerMetrics;
class WsHub;

struct ServerContext {
    const ServerDeps *deps = nullptr;
    Database *database = nullptr;
    ServerMetrics *metrics = nullptr;
    WsHub *hub = nullptr;
    qint64 startedMs = 0;
    QObject *home = nullptr;       // a QObject of the server thread: where feed calls resume

    // This thread's read-only connection (opened on first use).
    Result<QSqlDatabase> db() const;
};

} // namespace cybos
