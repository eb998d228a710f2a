#include "storagewrites.h"
#include "core/domain/ksttime.h"
#include "jobrepository.h"
#include "metarepository.h"
#include "pinnedrepository.h"
#include "storageworker.h"
#include <QThread>
#include <qcoro/qcorothread.h>

namespace cybos {

namespace {

Error closedError()
{
    return makeError(QStringLiteral("storage_unavailable"), QStringLiteral("storage is not open for writing"));
}

// Runs op(connection) on the storage thread and resumes the caller on its own thread.
// Failures also go to the EventLog and the status (the caller may only log them).
// No lambda captures a coroutine parameter here or in the callers (GCC 12 miscompiles an
// init-capture that moves a coroutine parameter: it double-frees): the public methods
// build `op` in ordinary functions and this coroutine only calls it.
template<typename T, typename Op>
QCoro::Task<T> onWorker(StorageWorker *worker, Op op)
{
    if (!worker || worker->isClosed() || !worker->isWritable())
        co_return T(closedError());
    QThread *home = QThread::currentThread();
    co_await QCoro::moveToThread(worker->thread());
    T result = worker->isClosed() ? T(closedError()) : op(worker->connection());
    if (!result.ok())
        worker->reportError(result.error());
    co_await QCoro::moveToThread(home);
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
