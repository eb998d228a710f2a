#pragma once
// Writes ticks in batches: a transaction of up to batchRows ticks as soon as that many wait,
// otherwise whatever waits every flushIntervalMs. Lives on the storage thread.
//
// submit() is thread-safe and never blocks: connect TickBus::ticksPublished to it with
// Qt::DirectConnection. The queue is bounded (maxBacklog): beyond it ticks are dropped and
// counted (droppedTicks), never silently. A failed write (disk full, read-only) keeps the
// batch queued, records lastError and retries every second.
#include "core/domain/result.h"
#include "core/domain/tick.h"
#include "storageoptions.h"
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>
#include <atomic>
#include <deque>

namespace cybos {

class EventLog;

class TickWriter : public QObject
{
    Q_OBJECT
public:
    // db: the storage thread's read-write connection; events may be null.
    TickWriter(QSqlDatabase db, const StorageOptions &options, EventLog *events,
               QObject *parent = nullptr);

    void submit(const cybos::TickList &batch);   // any thread
    qint64 backlog() const { return m_backlog.load(std::memory_order_relaxed); }
    qint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }
    qint64 stored() const { return m_stored.load(std::memory_order_relaxed); }
    qint64 committedSeq() const { return m_committed.load(std::memory_order_relaxed); }
    QString lastError() const;                   // empty after a successful write
    qint64 newestTimeMs() const { return m_newestMs.load(std::memory_order_relaxed); }
    void setCommittedSeq(qint64 seq);            // at open: the highest stored seq
    void close();                                // storage thread: stop; later submits are dropped
    void release();                              // storage thread: drop the connection (after close)
    qint64 discardPending();                     // counts what still waits as dropped; returns it

public Q_SLOTS:
    void start();                                // storage thread: arms the flush timer
    bool flushAll();                             // storage thread: writes all that waits

Q_SIGNALS:
    // rows: inserted; lagMs: how long the oldest tick of the batch waited since submit().
    void batchCommitted(qint64 lastSeq, int rows, qint64 lagMs);

private:
    struct Pending {
        TickList ticks;
        qint64 submittedMs = 0;
    };
    void flushDue();
    bool writeOne(int maxRows);
    TickList take(int maxRows, qint64 *oldestSubmittedMs);
    void putBack(const TickList &ticks, qint64 submittedMs);
    void noteFailure(const Error &error);
    void noteDrop(qint64 count);

    QSqlDatabase m_db;
    StorageOptions m_options;
    EventLog *m_events;
    QTimer m_timer;
    mutable QMutex m_mutex;
    std::deque<Pending> m_queue;                 // guarded
    QString m_lastError;                         // guarded
    bool m_wakeQueued = false;                   // guarded
    bool m_closed = false;                       // guarded
    qint64 m_retryAtMs = 0;                      // storage thread
    bool m_failing = false;                      // storage thread: last write failed
    bool m_dropping = false;                     // guarded: dropping since the backlog filled
    std::atomic<qint64> m_backlog{0};
    std::atomic<qint64> m_dropped{0};
    std::atomic<qint64> m_stored{0};
    std::atomic<qint64> m_committed{0};
    std::atomic<qint64> m_newestMs{0};
};

} // namespace cybos
