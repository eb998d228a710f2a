#pragma once
// The newest ticks the bus published, kept in memory: the ones the storage writer may not have
// committed yet. The gap-filling calls (GET /api/ticks…) append them to what the database
// holds, so a tick a WebSocket client has seen is always in the answer, even before its
// commit. Bounded: whole batches leave, oldest first, past `capacity` ticks (the writer is
// normally a few tens of milliseconds behind). Thread-safe: the bus appends, the server reads.
#include "core/domain/tick.h"
#include <QMutex>
#include <deque>

namespace cybos {

class TickTail
{
public:
    static constexpr qint64 kDefaultCapacity = 1 << 16;   // ~6 s at 10,000 ticks/s, ~7 MB

    explicit TickTail(qint64 capacity = kDefaultCapacity) : m_capacity(capacity) {}

    // A seq-ascending batch; ticks not newer than the newest held (a relay's re-publish) are skipped.
    void append(const TickList &batch);

    struct Slice {
        TickList ticks;             // seq > afterSeq, ascending, at most limit
        qint64 evictedUpTo = 0;     // every tick appended with a seq above this is still held
    };
    Slice after(qint64 afterSeq, qsizetype limit) const;

private:
    mutable QMutex m_mutex;
    std::deque<TickList> m_batches;     // seq-ascending, each non-empty
    qint64 m_count = 0;
    qint64 m_capacity;
    qint64 m_newest = 0;
    qint64 m_evictedUpTo = 0;
};

} // namespace cybos
