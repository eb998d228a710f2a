#pragma once
// What the controllers share on the server thread: the dependencies, the server's own
// read-only database connection, its counters and the WebSocket hub.
//
// Coroutines here never co_await an expression holding temporaries (co_await f(args…)): GCC 12
// destroys such temporaries twice (seen under valgrind as use-after-free). They create the
// task or FeedCall in one statement and co_await the named object in the next.
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
