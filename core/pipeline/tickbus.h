#pragma once
// The tick bus: numbers each tick from the feed (seq) and hands them on in batches, in seq
// order, to every consumer — the latest-quote cache, the storage writer, the WebSocket hub,
// the UI models. It lives on the COM/GUI thread; publish() only numbers and appends, and the
// batch goes out once at the end of the current event-loop turn (or when it reaches
// maxBatch), so latency stays low when quiet and batches grow under load.
// Consumers on other threads connect with Qt::QueuedConnection (TickList is implicitly shared).
// Each batch enters the tail before anyone hears of it: a tick a WebSocket client receives is
// already readable there, whether or not the storage writer has committed it.
#include "core/domain/tick.h"
#include "ticktail.h"
#include <QObject>
#include <atomic>

namespace cybos {

class SeqSource;

class TickBus : public QObject
{
    Q_OBJECT
public:
    explicit TickBus(SeqSource *seq, QObject *parent = nullptr);

    void setMaxBatch(int n) { m_maxBatch = n; }
    qint64 published() const { return m_published.load(std::memory_order_relaxed); }
    qint64 lastSeq() const { return m_lastSeq.load(std::memory_order_relaxed); }
    const TickTail &tail() const { return m_tail; }    // any thread

public Q_SLOTS:
    void publish(const cybos::Tick &tick);   // assigns tick.seq
    void flush();                            // emit what is pending now

Q_SIGNALS:
    void ticksPublished(const cybos::TickList &batch);

private:
    SeqSource *m_seq;
    TickList m_pending;
    TickTail m_tail;
    int m_maxBatch = 4096;
    bool m_flushQueued = false;
    std::atomic<qint64> m_published{0};
    std::atomic<qint64> m_lastSeq{0};
};

} // namespace cybos
