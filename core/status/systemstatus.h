#pragma once
// One snapshot of everything GET /api/status, /metrics, the tray tooltip and the Connection
// dock show. Gathered by a StatusProvider (the composition root implements it over the live
// parts); each field mirrors ../shared/api.md "GET /api/status".
#include "core/domain/backendkind.h"
#include "core/feed/marketfeed.h"
#include <QString>

namespace cybos {

struct SystemStatus {
    QString version;
    qint64 uptimeS = 0;
    BackendKind backend = BackendKind::Emulator;
    struct Feed {
        bool connected = false;
        int serverType = 0;
        qint64 sinceMs = 0;          // 0 = not connected
    } feed;
    struct Budget {
        RequestBudget requests;
        int queued = 0;              // all priorities
        SubscriptionBudget subscriptions;
    } budget;
    struct Database {
        QString path;
        qint64 sizeBytes = 0;
        qint64 stocks = 0;
        qint64 ticks = 0;
        qint64 oldestTickMs = 0;     // 0 = none
        qint64 newestTickMs = 0;
        qint64 committedSeq = 0;     // highest seq known committed to disk
        qint64 writerBacklog = 0;    // ticks waiting for the writer
        qint64 droppedTicks = 0;     // ticks the writer could not keep (never silent)
        qint64 storedSinceStart = 0; // ticks the writer committed since start
        QString lastError;           // e.g. disk full, read-only
    } database;
    struct Server {
        int wsClients = 0;
        qint64 httpRequests = 0;
        QString address;             // "http://127.0.0.1:8000"
    } server;
    struct Forwarder {
        bool enabled = false;
        QString state;               // off | connecting | sending | idle | backoff | stopped
        qint64 cursorSeq = 0;
        qint64 pending = 0;
        QString lastError;
    } forwarder;
    struct Rates {
        double ticksPerS = 0;        // received, last few seconds
        double storedPerS = 0;
    } rates;
};

class StatusProvider
{
public:
    virtual ~StatusProvider() = default;
    virtual SystemStatus snapshot() const = 0; // thread-safe
};

} // namespace cybos
