#pragma once
// What the ingest endpoints (api.md "relay mode") ask of whoever takes a forwarder's pushes,
// without the server depending on the relay: the relay backend's IngestService
// (core/relay/ingestservice.h) implements it and the composition root passes it in
// ServerDeps::ingest, which enables POST /api/ingest, /api/ingest/stocks and /ws/ingest.
// Called from the server thread; implementations hop to their own thread and back.
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include "core/domain/tick.h"
#include <qcoro/qcorotask.h>

namespace cybos {

struct IngestResult {
    qint64 ackSeq = 0;      // the push's highest source seq: acknowledged to the source...
    qint64 waitSeq = 0;     // ...once every relay seq <= waitSeq is committed
    int received = 0;
    int stored = 0;         // new to this relay
    int duplicates = 0;     // already held (at-least-once delivery repeats them)
};

class IngestSink
{
public:
    virtual ~IngestSink() = default;

    // publish() then waitStored(). Errors: storage_busy (no commit in time: the source retries).
    virtual QCoro::Task<Result<IngestResult>> ingest(QString source, TickList ticks) = 0;
    // The two halves, so a socket can publish its frames in order while their commits overlap:
    // publish the new ticks now (→ waitSeq), then wait until every tick <= waitSeq is stored.
    virtual QCoro::Task<IngestResult> publish(QString source, TickList ticks) = 0;
    virtual QCoro::Task<Status> waitStored(qint64 waitSeq) = 0;
    // Upserts stock master rows (not a full sync: absent codes are left alone) → rows stored.
    virtual QCoro::Task<Result<qint64>> ingestStocks(QString source, StockList stocks) = 0;
};

} // namespace cybos
