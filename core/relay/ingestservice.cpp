#include "ingestservice.h"
#include "commitwatch.h"
#include "core/async/threadcall.h"
#include <QThread>
#include "core/domain/ksttime.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "core/storage/storage.h"
#include "core/storage/storagewrites.h"
#include "relaybus.h"

namespace cybos {

IngestService::IngestService(RelayBus *bus, Storage *storage, EventLog *events, QObject *parent)
    : QObject(parent), m_bus(bus), m_storage(storage), m_events(events),
      m_watch(new CommitWatch(storage->tickWriter(), this))
{
    qRegisterMetaType<cybos::StockList>();
}

IngestService::~IngestService() = default;

QCoro::Task<Result<IngestResult>> IngestService::ingest(QString source, TickList ticks)
{
    auto publishing = publish(std::move(source), std::move(ticks));
    const IngestResult result = co_await std::move(publishing);
    auto waiting = waitStored(result.waitSeq);
    const Status stored = co_await std::move(waiting);
    if (!stored)
        co_return stored.error();
    co_return result;
}

// publish(), waitStored() and ingestStocks() do their work on this object's thread: there at
// once, from another thread through a ThreadCall (core/async/threadcall.h) and back. The
// work that carries ticks or stocks is built in an ordinary function (the GCC 12 rule).
QCoro::Task<IngestResult> IngestService::publish(QString source, TickList ticks)
{
    std::function<IngestResult()> work = publishWork(std::move(source), std::move(ticks));
    if (thread() == QThread::currentThread())
        co_return work();
    ThreadCall<IngestResult> call(this, std::move(work)); // posted events keep their order: pushes too
    const IngestResult result = co_await call;
    co_return result;
}

std::function<IngestResult()> IngestService::publishWork(QString source, TickList ticks)
{
    return [this, source = std::move(source), ticks = std::move(ticks)]() mutable {
        return publishHere(source, std::move(ticks));
    };
}

IngestResult IngestService::publishHere(const QString &source, TickList ticks)
{
    noteSource(source);
    m_lastIngestMs.store(Kst::nowMs(), std::memory_order_relaxed);
    Q_EMIT pushed();
    IngestResult result;
    result.received = int(ticks.size());
    for (const Tick &tick : std::as_const(ticks))
        result.ackSeq = qMax(result.ackSeq, tick.seq);
    result.stored = m_bus->publishFrom(source, std::move(ticks), m_watch->committedSeq());
    result.duplicates = result.received - result.stored;
    // Repeats wait too: their first copy may still be on its way to the disk.
    result.waitSeq = m_bus->lastSeq();
    m_bus->flush(); // to the writer now rather than at the end of this event-loop turn
    if (result.stored > 0)
        Q_EMIT ticksIngested(result.waitSeq, result.stored);
    return result;
}

QCoro::Task<Status> IngestService::waitStored(qint64 seq)
{
    bool stored = false;
    if (thread() == QThread::currentThread()) {
        auto waiting = waitStoredHere(seq);
        stored = co_await waiting;
    } else {
        auto call = threadCall(this, [this, seq] { return waitStoredHere(seq); });
        stored = co_await call;
    }
    if (!stored)
        co_return makeError(ErrorCode::StorageBusy,
                            QStringLiteral("the relay could not store the ticks in time; retry later"), 1000);
    co_return Ok{};
}

QCoro::Task<bool> IngestService::waitStoredHere(qint64 seq)
{
    auto waiting = m_watch->waitFor(seq, m_commitTimeoutMs);
    const bool stored = co_await std::move(waiting);
    if (!stored) {
        m_bus->rewind(m_watch->committedSeq()); // the source sends them again: take them then
        qCWarning(lcForward) << "ingest: ticks up to" << seq << "not committed in time";
    }
    co_return stored;
}

QCoro::Task<Result<qint64>> IngestService::ingestStocks(QString source, StockList stocks)
{
    StocksWork work = ingestStocksWork(std::move(source), std::move(stocks));
    if (thread() == QThread::currentThread()) {
        auto ingesting = work();
        Result<qint64> result = co_await std::move(ingesting);
        co_return result;
    }
    ThreadCall<Result<qint64>> call(this, std::move(work));
    Result<qint64> result = co_await call;
    co_return result;
}

IngestService::StocksWork IngestService::ingestStocksWork(QString source, StockList stocks)
{
    return [this, source = std::move(source), stocks = std::move(stocks)]() mutable {
        return ingestStocksHere(std::move(source), std::move(stocks));
    };
}

QCoro::Task<Result<qint64>> IngestService::ingestStocksHere(QString source, StockList stocks)
{
    noteSource(source);
    Q_EMIT pushed();
    auto upserting = m_storage->writes()->upsertStocks(stocks, false);
    auto upserted = co_await std::move(upserting);
    if (!upserted)
        co_return upserted.error();
    Q_EMIT stocksIngested(stocks);
    co_return upserted->upserted;
}

void IngestService::noteAlive()
{
    m_lastIngestMs.store(Kst::nowMs(), std::memory_order_relaxed);
    Q_EMIT pushed();
}

void IngestService::noteSource(const QString &source)
{
    if (m_sources.contains(source))
        return;
    m_sources.insert(source);
    if (m_events)
        m_events->info(QStringLiteral("relay"), tr("Receiving ticks from source %1").arg(source));
}

} // namespace cybos
