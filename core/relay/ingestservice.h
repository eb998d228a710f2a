#pragma once
// The relay's side of forwarding (api.md "relay mode"), independent of HTTP: takes the ticks
// the forwarders of one or more sources pushed, drops those already held (per source and its
// seq), publishes the new ones on the RelayBus (→ relay seq; storage, quote cache, WebSocket
// clients, UI) and answers only once every tick of the push is committed to the database: an
// acknowledgement is a promise that the ticks survive a crash of the relay.
//
// Lives on the RelayBus' thread; ingest()/ingestStocks() may be awaited from any thread with
// an event loop (the server thread) and resume there.
#include "core/server/ingest/ingestsink.h"
#include <QObject>
#include <QSet>
#include <atomic>
#include <functional>

namespace cybos {

class CommitWatch;
class EventLog;
class RelayBus;
class Storage;

class IngestService : public QObject, public IngestSink
{
    Q_OBJECT
public:
    static constexpr int kCommitTimeoutMs = 10000;

    // storage: open; its TickWriter must be connected to bus->ticksPublished like a TickBus'.
    IngestService(RelayBus *bus, Storage *storage, EventLog *events = nullptr, QObject *parent = nullptr);
    ~IngestService() override;

    // IngestSink (its header says what each call does).
    QCoro::Task<Result<IngestResult>> ingest(QString source, TickList ticks) override;
    QCoro::Task<IngestResult> publish(QString source, TickList ticks) override;
    QCoro::Task<Status> waitStored(qint64 waitSeq) override;
    QCoro::Task<Result<qint64>> ingestStocks(QString source, StockList stocks) override;

    qint64 lastIngestMs() const { return m_lastIngestMs.load(std::memory_order_relaxed); }
    // The upstream answered without ticks (an idle NATS stream): counts as a push. Any thread.
    void noteAlive();
    void setCommitTimeoutMs(int ms) { m_commitTimeoutMs = ms; }

Q_SIGNALS:
    void pushed();                                   // any push, even empty (RelayFeed::notePush)
    void ticksIngested(qint64 lastSeq, int stored);  // relay seq; published (the commit follows); this thread
    void stocksIngested(const cybos::StockList &stocks);

private:
    using StocksWork = std::function<QCoro::Task<Result<qint64>>()>;

    IngestResult publishHere(const QString &source, TickList ticks);
    std::function<IngestResult()> publishWork(QString source, TickList ticks);
    QCoro::Task<bool> waitStoredHere(qint64 seq);
    QCoro::Task<Result<qint64>> ingestStocksHere(QString source, StockList stocks);
    StocksWork ingestStocksWork(QString source, StockList stocks);
    void noteSource(const QString &source);

    RelayBus *m_bus;
    Storage *m_storage;
    EventLog *m_events;
    CommitWatch *m_watch;
    QSet<QString> m_sources;
    int m_commitTimeoutMs = kCommitTimeoutMs;
    std::atomic<qint64> m_lastIngestMs{0};
};

} // namespace cybos
