#pragma once
// The tick bus of the relay backend. It IS a TickBus (so the storage writer, the quote cache,
// the WebSocket hub and the UI connect to it exactly as to the normal one), but ticks enter
// already numbered: publishNumbered() keeps the seq the source gave them, and passes on only
// ticks newer than any it passed before, so a tick the forwarder delivers twice (at least
// once delivery) is stored and fanned out once.
//
// Lives on one thread (normally the main thread, like TickBus); call publishNumbered and
// rewind on it. A RelayFeed never emits tickReceived, so publish() is not used.
#include "core/pipeline/seqsource.h"
#include "core/pipeline/tickbus.h"

namespace cybos {

// Hands TickBus the seq the tick already has (set just before each publish()).
class KeepSeqSource : public SeqSource
{
public:
    qint64 next() override { return m_current; }
    qint64 lastIssued() const override { return m_current; }
    void set(qint64 seq) { m_current = seq; }

private:
    qint64 m_current = 0;
};

class RelayBus : public TickBus
{
    Q_OBJECT
public:
    // lastStored: the highest seq already in the relay's database (Storage::committedSeq()).
    explicit RelayBus(qint64 lastStored, QObject *parent = nullptr);

    // Publishes the ticks with seq above everything published so far, in seq order (the
    // batch is sorted first). Returns how many were new.
    int publishNumbered(TickList ticks);
    qint64 lastAccepted() const { return m_lastAccepted; }
    // After ticks were published but never stored (writer failure): accept them again.
    void rewind(qint64 lastStored);

private:
    KeepSeqSource m_keep;
    qint64 m_lastAccepted;
};

} // namespace cybos
