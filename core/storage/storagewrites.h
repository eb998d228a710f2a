#pragma once
// Write requests other threads make to the storage thread. Each call runs on the storage
// thread (in order of arrival, between tick batches) and resumes the awaiting coroutine on
// its own thread. The calling thread needs a running event loop. Parameters by value.
//
//   Result<StockSyncSummary> r = co_await storage.writes()->upsertStocks(stocks, true);
#include "barrepository.h"
#include "core/domain/job.h"
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include "stockrepository.h"
#include <QByteArray>
#include <QStringList>
#include <optional>
#include <qcoro/qcorotask.h>

namespace cybos {

class StorageWorker;

class StorageWrites
{
public:
    explicit StorageWrites(StorageWorker *worker) : m_worker(worker) {}

    QCoro::Task<Result<StockSyncSummary>> upsertStocks(StockList stocks, bool fullSync);
    // Bars of one series and, if given, the range now fully fetched (one transaction).
    QCoro::Task<Status> storeBars(BarKey key, BarList bars, std::optional<TimeRange> covered);
    QCoro::Task<Status> pin(QStringList codes);
    QCoro::Task<Result<bool>> unpin(QString code);
    QCoro::Task<Result<qint64>> createJob(Job job, QByteArray params); // the new job id
    QCoro::Task<Status> updateJob(Job job);
    QCoro::Task<Status> setMeta(QString key, QString value);
    // The forwarder's acknowledged position (meta.forward_cursor); retention keeps later ticks.
    QCoro::Task<Status> setForwardCursor(qint64 seq);

private:
    StorageWorker *m_worker;
};

} // namespace cybos
