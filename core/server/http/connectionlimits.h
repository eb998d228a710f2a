#pragma once
// What peers may make the HTTP server hold (connectionguard.h, docs/memory.md).
#include <QtGlobal>

namespace cybos {

struct ConnectionLimits {
    int maxConnections = 1024;                     // HTTP and WebSocket together
    qint64 maxUnansweredBytes = 4 << 20;           // one connection, since its last answer
    qint64 maxUnansweredTotal = qint64(64) << 20;  // all connections together
};

} // namespace cybos
