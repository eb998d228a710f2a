#include "storagewrites.h"
#include "core/async/threadhop.h"
#include "core/domain/ksttime.h"
#include "jobrepository.h"
#include "metarepository.h"
#include "pinnedrepository.h"
#include "storageworker.h"

namespace cybos {

namespace {

Error closedError()
{
    return makeError(QStringLiteral("storage_unavailable"), QStringLiteral("storage is not open for writing"));
}

// Runs op(connection) on the storage thread and resumes the caller on its own thread.
// Failures also go to the EventLog and the status (the caller may only log them).
template<typename T, typename Op>
QCoro::Task<T> onWorker(StorageWorker *worker, Op op)
{
    if (!worker || worker->isClosed() || !worker->isWritable())
        co_return T(closedError());
    co_return co_await runOn(worker, [worker, op = std::move(op)]() -> QCoro::Task<T> {
        if (worker->isClosed())
            co_return T(closedError());
        T result = op(worker->connection());
        if (!result.ok())
            worker->reportError(result.error());
        co_return result;
    });
}

} // namespace

QCoro::Task<Result<StockSyncSummary>> StorageWrites::upsertStocks(StockList stocks, bool fullSync)
{
    StorageWorker *worker = m_worker;
    co_return co_await onWorker<Result<StockSyncSummary>>(
        worker, [worker, stocks = std::move(stocks), fullSync](QSqlDatabase db) {
            StockRepository repo(db);
            auto result = repo.upsert(stocks, fullSync, Kst::nowMs());
            if (auto count = repo.count())
                worker->stats().stocks.store(*count);
            return result;
        });
}

QCoro::Task<Status> StorageWrites::storeBars(BarKey key, BarList bars, std::optional<TimeRange> covered)
{
    co_return co_await onWorker<Status>(m_worker, [key = std::move(key), bars = std::move(bars), covered](QSqlDatabase db) {
        return BarRepository(db).store(key, bars, covered);
    });
}

QCoro::Task<Status> StorageWrites::pin(QStringList codes)
{
    co_return co_await onWorker<Status>(m_worker, [codes = std::move(codes)](QSqlDatabase db) {
        return PinnedRepository(db).pin(codes, Kst::nowMs());
    });
}

QCoro::Task<Result<bool>> StorageWrites::unpin(QString code)
{
    co_return co_await onWorker<Result<bool>>(m_worker, [code = std::move(code)](QSqlDatabase db) {
        return PinnedRepository(db).unpin(code);
    });
}

QCoro::Task<Result<qint64>> StorageWrites::createJob(Job job, QByteArray params)
{
    co_return co_await onWorker<Result<qint64>>(m_worker, [job = std::move(job), params = std::move(params)](QSqlDatabase db) {
        return JobRepository(db).insert(job, params);
    });
}

QCoro::Task<Status> StorageWrites::updateJob(Job job)
{
    co_return co_await onWorker<Status>(m_worker, [job = std::move(job)](QSqlDatabase db) {
        return JobRepository(db).update(job);
    });
}

QCoro::Task<Status> StorageWrites::setMeta(QString key, QString value)
{
    co_return co_await onWorker<Status>(m_worker, [key = std::move(key), value = std::move(value)](QSqlDatabase db) {
        return MetaRepository(db).set(key, value);
    });
}

QCoro::Task<Status> StorageWrites::setForwardCursor(qint64 seq)
{
    co_return co_await onWorker<Status>(m_worker, [seq](QSqlDatabase db) {
        return MetaRepository(db).setInt(MetaKey::ForwardCursor, seq);
    });
}

} // namespace cybos
