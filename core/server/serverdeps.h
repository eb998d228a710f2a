#pragma once
// What ApiServer is built from. Pointers are owned by the composition root and outlive the
// server; the server only calls their thread-safe parts or hops to their thread.
#include "core/config/config.h"
#include "core/domain/limits.h"
#include "core/server/http/connectionlimits.h"
#include <QString>

namespace cybos {

class EmulatorControl;
class EventLog;
class FeedServices;
class IngestSink;
class QuoteCache;
class StatusProvider;
class TickBus;

// Limits and timings of api.md, adjustable so tests need not wait 60 s for a ping timeout.
struct ServerOptions {
    qint64 maxBodyBytes = 1 << 20;          // 413 above
    int defaultMaxWaitMs = 5000;            // max_wait_ms when not given
    int wsMaxClients = 256;
    int wsMaxCodesPerClient = kMaxSubscriptions;
    qint64 wsMaxMessageBytes = 64 << 10;    // incoming
    qint64 wsMaxBufferedBytes = 4 << 20;    // outgoing per client before slow_client (~16,000 ticks)
    qint64 wsTotalBufferedBytes = qint64(512) << 20; // outgoing of all clients: the furthest behind is cut
    int wsSlowCloseGraceMs = 30'000;        // a slow client's time to read its buffer (from its last read)
    int wsMaxPendingOps = 16;               // client messages of 64 KiB waiting before bad_request (more small ones)
    ConnectionLimits connections;           // open connections, bytes sent without an answer
    int wsPingIntervalMs = 20'000;
    int wsPongTimeoutMs = 60'000;
    int wsAuthTimeoutMs = 10'000;
    int banFailures = 5;
    qint64 banMs = 10 * 60 * 1000;
    int quoteFreshMs = 0;                   // >0: a cached realtime quote older than this is refetched
};

struct ServerDeps {
    Config config;                          // bind, port, apiKey, allowedOrigins, hostNames, backend
    FeedServices *services = nullptr;       // lives on the COM thread
    StatusProvider *status = nullptr;       // thread-safe snapshot()
    QuoteCache *quotes = nullptr;           // thread-safe; its listing answers the WebSocket subscribes
    TickBus *tickBus = nullptr;             // read only: its tail and count (the root feeds the hub)
    EventLog *eventLog = nullptr;           // thread-safe
    QString dbPath;                         // the server opens its own read-only connection
    EmulatorControl *emulator = nullptr;    // emulator backend only: enables /api/emulator/*
    IngestSink *ingest = nullptr;           // relay backend only: enables /api/ingest*, /ws/ingest
    ServerOptions options;
};

} // namespace cybos
