#pragma once
// What the controllers share on the server thread: the dependencies, the server's own
// read-only database connection, its counters and the WebSocket hub.
#include "serverdeps.h"
#include "core/domain/result.h"
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

    // This thread's read-only connection (opened on first use).
    Result<QSqlDatabase> db() const;
};

} // namespace cybos
