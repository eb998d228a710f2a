#pragma once
// Everything the desktop UI is given by the composition root. Plain pointers: the app owns
// these objects and keeps them alive longer than the Desktop.
#include "core/config/config.h"
#include "core/domain/stock.h"
#include <QString>
#include <functional>

namespace cybos {

class ChartSource;
class FeedServices;
class QuoteCache;
class StatusProvider;
class EventLog;

// How long a person waits for a feed request (the chart's history, an order book snapshot):
// longer than this the budget answers budget_exhausted and the dock says when to try again.
inline constexpr int kPersonWaitMs = 5000;

// Every listed code with its names and size class: search (StockMatcher), completion and the
// grid's name column.
using StockListProvider = std::function<StockList()>;

struct UiContext {
    FeedServices *services = nullptr;     // COM/GUI thread
    QuoteCache *quotes = nullptr;         // seeds rows that have not traded since start
    const StatusProvider *status = nullptr;
    EventLog *log = nullptr;
    Config config;                        // the effective settings (configFile: where to save)
    ChartSource *charts = nullptr;        // the chart dock's bars (null: no chart data)
    StockListProvider stockList;          // may be empty: no completion, names from the cache
    QString apiBaseUrl;                   // "http://127.0.0.1:8000"; the status snapshot's address wins
};

} // namespace cybos
