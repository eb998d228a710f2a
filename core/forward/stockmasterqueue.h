#pragma once
// Which stock master chunks the forwarder still has to push on the current connection.
// The relay gets the master from its source this way (the source need not be reachable from
// the relay): all of it once per connection, and again whenever a code sync changed it.
// Forwarder thread only.
#include "forwardpush.h"
#include "forwardreader.h"
#include <QList>
#include <optional>

namespace cybos {

class StockMasterQueue
{
public:
    static constexpr int kFirstCheckMs = 1000;

    StockMasterQueue(const ForwardReader &reader, int chunk, int checkMs)
        : m_reader(reader), m_chunk(chunk), m_checkMs(checkMs) {}

    void reset();                          // a new connection: push everything again
    // While nothing else is in flight: looks for a changed master (at most every checkMs)
    // and queues its chunks. Returns whether chunks wait.
    bool refresh(qint64 nowMs);
    bool isEmpty() const { return m_chunks.isEmpty(); }
    ForwardPush take() { return m_chunks.takeFirst(); }
    void acknowledged();                   // one chunk landed
    void refused();                        // the remote has no stock endpoint: stop trying
    void dropQueued() { m_chunks.clear(); }

private:
    const ForwardReader &m_reader;
    int m_chunk;
    int m_checkMs;
    QList<ForwardPush> m_chunks;
    int m_unacknowledged = 0;
    std::optional<StockMasterMark> m_pushed;   // what this connection already delivered
    StockMasterMark m_queued;                  // what m_chunks holds
    qint64 m_checkedMs = 0;
    bool m_refused = false;
};

} // namespace cybos
