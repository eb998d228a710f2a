#pragma once
// The tick bus of the relay backend. It IS a TickBus (so the storage writer, the quote cache,
// the WebSocket hub and the UI connect to it exactly as to the normal one), but ticks enter
// from sources that numbered them already. Each source (an instance id) has its own seq; the
// relay numbers every tick it takes with its own seq — one counter, strictly increasing,
// durable, as for any instance — and keeps the source's as (source, source_seq). A tick of a
// source the relay already holds (at-least-once delivery) is stored and fanned out once.
//
// Lives on one thread (normally the main thread, like TickBus); call publishFrom and rewind
// on it. A RelayFeed never emits tickReceived, so publish() is not used directly.
#include "core/domain/result.h"
#include "core/pipeline/tickbus.h"
#include "sourcemarks.h"
#include <deque>
#include <memory>

namespace cybos {

class Storage;

class RelayBus : public TickBus
{
    Q_OBJECT
public:
    // seq: the storage's SeqSource. highest: per source, the highest source seq stored.
    RelayBus(SeqSource *seq, const QHash<QString, qint64> &highest, QObject *parent = nullptr);
    // The bus of an open storage: its seq counter, the sources' highest seqs it holds.
    static Result<std::unique_ptr<RelayBus>> forStorage(Storage &storage);

    // Publishes the ticks of `source` not held yet, in source seq order (the batch is sorted
    // first), each with seq = the relay's next, source and sourceSeq set. committed: the
    // relay's committed seq now (what it tells about earlier publishes). Returns how many
    // were new.
    int publishFrom(const QString &source, TickList ticks, qint64 committed);
    qint64 highestFrom(const QString &source) const { return m_marks.highest(source); }
    // Ticks published after `committed` may never be stored (the writer dropped them): take
    // them again when their source sends them again (storage keeps one copy either way).
    void rewind(qint64 committed);

private:
    void forgetCommitted(qint64 committed);

    struct Taken {
        qint64 seq;
        QString source;
        qint64 sourceSeq;
    };
    SourceMarks m_marks;
    std::deque<Taken> m_uncommitted; // at most the writer's backlog
};

} // namespace cybos
