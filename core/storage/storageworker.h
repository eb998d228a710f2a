#pragma once
// The storage thread's side of Storage: owns the read-write connection, the TickWriter, the
// retention and the seq reservations. Every method runs on the storage thread (Storage calls
// them through queued invocations, StorageWrites through a ThreadCall, core/async/threadcall.h),
// except the thread-safe getters marked "any thread".
#include "core/domain/result.h"
#include "database.h"
#include "storageoptions.h"
#include "storagestats.h"
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <atomic>
#include <memory>

namespace cybos {

class BlockSeqSource;
class EventLog;
class TickRetention;
class TickWriter;

class StorageWorker : public QObject
{
    Q_OBJECT
public:
    StorageWorker(const Database &database, StorageOptions options, EventLog *events);
    ~StorageWorker() override;

    // Opens the connection (read-only if the file cannot be written), migrates, counts,
    // reserves the first seq block and creates the writer. Fails only if nothing is readable.
    Status open();
    void start();                      // writer timer and retention
    void close();                      // flush the writer, stop retention, drop the connection

    QSqlDatabase connection() const { return m_db; }
    TickWriter *writer() const { return m_writer.get(); }          // any thread (after open)
    TickRetention *retention() const { return m_retention.get(); }
    bool isWritable() const { return m_writable.load(); }           // any thread
    bool isClosed() const { return m_closed.load(); }               // any thread
    qint64 lastUsedSeq() const { return m_lastUsedSeq; }            // after open
    qint64 reservedSeq() const { return m_reservedSeq; }            // after open
    void setSeqSource(BlockSeqSource *seq) { m_seq = seq; }         // before start
    StorageStats &stats() { return m_stats; }                        // any thread (atomics)
    QString lastError() const;                                       // any thread
    void reportError(const Error &error);                            // EventLog + lastError

public Q_SLOTS:
    void reserveSeq(qint64 upTo);      // then confirms (or fails) on the seq source

private:
    Status openConnection();
    Status loadSeqState();
    void loadStats();
    Status writeReservation(qint64 upTo);

    const Database &m_database;
    StorageOptions m_options;
    EventLog *m_events;
    QSqlDatabase m_db;
    std::atomic<bool> m_writable{false};
    std::atomic<bool> m_closed{false};
    qint64 m_lastUsedSeq = 0;
    qint64 m_maxStoredSeq = 0;
    qint64 m_reservedSeq = 0;
    StorageStats m_stats;
    mutable QMutex m_errorMutex;
    QString m_lastError;
    BlockSeqSource *m_seq = nullptr;
    std::unique_ptr<TickWriter> m_writer;
    std::unique_ptr<TickRetention> m_retention;
};

} // namespace cybos
