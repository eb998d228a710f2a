#pragma once
// Storage: the database behind the application. Owns the storage thread, and on it the
// StorageWorker with the only read-write connection, the TickWriter and the retention.
// Created, opened and shut down on one thread (the composition root's, normally main).
//
//   Storage storage(options, &eventLog);
//   if (auto st = storage.open(); !st) { ...st.error()... }     // blocking, at start-up
//   TickBus bus(storage.seqSource());
//   QObject::connect(&bus, &TickBus::ticksPublished, storage.tickWriter(),
//                    &TickWriter::submit, Qt::DirectConnection);
//   co_await storage.writes()->upsertStocks(list, true);      // from any thread, see StorageWrites
//   auto conn = storage.database().connection(DbAccess::ReadOnly); // reads, on the reader's thread
//   ...
//   storage.shutdown();                                        // SIGINT/SIGTERM/Quit: flushes
//
// A database that can be read but not written (read-only file, full disk) still opens:
// reads work, ticks are counted as dropped and the reason is in status().lastError and the
// EventLog. open() fails only if the file cannot be read at all.
#include "core/domain/result.h"
#include "core/status/systemstatus.h"
#include "database.h"
#include "storageoptions.h"
#include "tickwriter.h" // callers connect TickBus::ticksPublished to TickWriter::submit
#include <QMutex>
#include <QObject>
#include <QThread>
#include <memory>

namespace cybos {

class BlockSeqSource;
class EventLog;
class SeqSource;
class StorageWorker;
class StorageWrites;

class Storage : public QObject
{
    Q_OBJECT
public:
    explicit Storage(StorageOptions options, EventLog *events = nullptr, QObject *parent = nullptr);
    ~Storage() override;                  // shutdown() if still open; then deletes the worker

    Status open();                        // blocking: start the thread, open, migrate, seq state
    void shutdown();                      // blocking: flush ticks and pending writes, stop thread
    bool isOpen() const { return m_open; }
    bool isWritable() const;

    const Database &database() const { return m_database; }
    SeqSource *seqSource() const;         // for the TickBus (its thread calls next())
    TickWriter *tickWriter() const;       // submit() from any thread
    StorageWrites *writes() const;        // async writes from any thread with an event loop

    qint64 committedSeq() const;          // any thread: highest seq durably committed
    SystemStatus::Database status() const; // any thread, no query

private:
    void requestReservation(qint64 upTo); // bus thread
    Status startWorker();

    StorageOptions m_options;
    EventLog *m_events;
    Database m_database;
    QThread m_thread;
    StorageWorker *m_worker = nullptr;    // lives on m_thread, deleted there at shutdown
    std::unique_ptr<StorageWrites> m_writes;
    std::unique_ptr<BlockSeqSource> m_seq; // outlives the worker: the bus may still call it
    QMutex m_reserveMutex;                 // orders reservation requests against shutdown
    bool m_accepting = false;              // guarded by m_reserveMutex
    bool m_open = false;
};

} // namespace cybos
