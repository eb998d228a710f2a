#include "storagewrites.h"
#include "core/async/threadcall.h"
#include "core/domain/ksttime.h"
#include "jobrepository.h"
#include "metarepository.h"
#include "pinnedrepository.h"
#include "storageworker.h"
#include <functional>

namespace cybos {

namespace {

Error closedError()
{
    return makeError(ErrorCode::StorageUnavailable, QStringLiteral("storage is not open for writing"));
}

// What runs on the storage thread: op(connection), unless the storage closed meanwhile.
// Failures also go to the EventLog and the status (the caller may only log them).
template<typename T>
std::function<T()> guarded(StorageWorker *worker, std::function<T(QSqlDatabase)> op)
{
    return [worker, op = std::move(op)] {
        T result = worker->isClosed() ? T(closedError()) : op(worker->connection());
        if (!result.ok())
            worker->reportError(result.error());
        return result;
    };
}

// Runs op on the storage thread and resumes the caller on its own thread, through a named
// ThreadCall (core/async/threadcall.h, whose GCC 12 rule is why the lambdas are built in
// ordinary functions and this coroutine only passes them on).
template<typename T>
QCoro::Task<T> onWorker(StorageWorker *worker, std::function<T(QSqlDatabase)> op)
{
    if (!worker || worker->isClosed() || !worker->isWritable())
        co_return T(closedError());
    ThreadCall<T> call(worker, guarded<T>(worker, std::move(op)));
    T result = co_await call;
    co_return result;
}

} // namespace

QCoro::Task<Result<StockSyncSummary>> StorageWrites::upsertStocks(StockList stocks, bool fullSync)
{
    StorageWorker *worker = m_worker;
    return onWorker<Result<StockSyncSummary>>(
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
    return onWorker<Status>(m_worker, [key = std::move(key), bars = std::move(bars), covered](QSqlDatabase db) {
        return BarRepository(db).store(key, bars, covered);
    });
}

QCoro::Task<Status> StorageWrites::pin(QStringList codes)
{
    return onWorker<Status>(m_worker, [codes = std::move(codes)](QSqlDatabase db) {
        return PinnedRepository(db).pin(codes, Kst::nowMs());
    });
}

QCoro::Task<Result<bool>> StorageWrites::unpin(QString code)
{
    return onWorker<Result<bool>>(m_worker, [code = std::move(code)](QSqlDatabase db) {
        return PinnedRepository(db).unpin(code);
    });
}

QCoro::Task<Result<qint64>> StorageWrites::createJob(Job job, QByteArray params)
{
    return onWorker<Result<qint64>>(m_worker, [job = std::move(job), params = std::move(params)](QSqlDatabase db) {
        return JobRepository(db).insert(job, params);
    });
}

QCoro::Task<Status> StorageWrites::updateJob(Job job)
{
    return onWorker<Status>(m_worker, [job = std::move(job)](QSqlDatabase db) {
        return JobRepository(db).update(job);
    });
}

QCoro::Task<Status> StorageWrites::setMeta(QString key, QString value)
{
    return onWorker<Status>(m_worker, [key = std::move(key), value = std::move(value)](QSqlDatabase db) {
        return MetaRepository(db).set(key, value);
    });
}

QCoro::Task<Status> StorageWrites::setForwardCursor(qint64 seq)
{
    return onWorker<Status>(m_worker, [seq](QSqlDatabase db) {
        return MetaRepository(db).setInt(MetaKey::ForwardCursor, seq);
    });
}

} // namespace cybos
