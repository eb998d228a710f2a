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
#include <optional>

namespace cybos {

class Router;
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
};

void registerRoutes(Router &routes, Controllers &c);
// The WebSocket endpoints served by the hub (handlers are the hub's, not the router's).
void registerWebSocketPaths(Router &paths);

} // namespace cybos
