#pragma once
// Every endpoint of the API, registered in one place (routes.cpp).
#include "controllers/emulatorcontroller.h"
#include "controllers/historycontroller.h"
#include "controllers/jobcontroller.h"
#include "controllers/pricecontroller.h"
#include "controllers/stockcontroller.h"
#include "controllers/subscriptioncontroller.h"
#include "controllers/systemcontroller.h"
#include "controllers/tickcontroller.h"
#include "ingest/ingestendpoints.h"
#include "http/router.h"
#include <QHash>
#include <functional>
#include <memory>
#include <optional>

class QWebSocket;

namespace cybos {

struct ServerContext;

struct Controllers {
    explicit Controllers(const ServerContext *context);

    SystemController system;
    StockController stocks;
    JobController jobs;
    PriceController prices;
    HistoryController history;
    TickController ticks;
    SubscriptionController subscriptions;
    std::optional<EmulatorController> emulator;   // emulator backend only
    std::unique_ptr<IngestEndpoints> ingest;      // relay backend only (a QObject: owns its sockets)
};

// Gets each socket that passed the handshake on its path (key already checked); takes
// ownership (parent it or delete it when disconnected).
using WebSocketHandler = std::function<void(QWebSocket *socket)>;

struct WebSocketPaths {
    Router router;                                  // the paths, for security and the OpenAPI test
    QHash<QString, WebSocketHandler> handlers;      // by pattern; a path without one is the hub's
};

void registerRoutes(Router &routes, Controllers &c);
// The WebSocket endpoints: the hub's, and those with a handler of their own (/ws/ingest).
void registerWebSocketPaths(WebSocketPaths &paths, Controllers &c);

} // namespace cybos
