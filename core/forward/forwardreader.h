#pragma once
// What the forwarder sends, read from the database on the forwarder's own read-only
// connection (WAL: it never blocks the tick writer): the next run of stored ticks after the
// cursor, the stock master in chunks, and the meta values it needs. Forwarder thread only.
#include "core/domain/result.h"
#include "forwardpush.h"
#include <QList>

namespace cybos {

class Database;

struct StockMasterMark {
    qint64 rows = 0;
    qint64 syncedAtMs = 0;
    bool operator==(const StockMasterMark &) const = default;
};

class ForwardReader
{
public:
    explicit ForwardReader(const Database &database) : m_database(database) {}

    // Ticks with seq > afterSeq in seq order: at most maxTicks, and at most maxBytes of JSON
    // (always at least one tick when any waits). An empty push (count 0): nothing waits.
    Result<ForwardPush> nextTicks(qint64 afterSeq, int maxTicks, int maxBytes) const;
    // The whole stock master as pushes of at most chunk rows each.
    Result<QList<ForwardPush>> stockChunks(int chunk) const;
    Result<StockMasterMark> stockMark() const;

    Result<qint64> countTicks(qint64 afterSeq, qint64 upToSeq) const; // rows in (after, upTo]
    Result<qint64> cursor() const;        // meta.forward_cursor (0 when never set)
    Result<QString> instanceId() const;   // meta.instance_id

private:
    const Database &m_database;
};

} // namespace cybos
