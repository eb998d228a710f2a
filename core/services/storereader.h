#pragma once
// What the feed services read from the database, on the calling thread's read-only
// connection (writes go to the storage thread through StorageWrites).
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include "core/storage/barrepository.h"
#include "core/storage/jobrepository.h"
#include <QMap>
#include <QStringList>
#include <optional>

namespace cybos {

class Database;

class StoreReader
{
public:
    explicit StoreReader(const Database *db) : m_db(db) {}

    Result<StockList> stocks() const;                     // every row, delisted included
    Result<qint64> stockCount() const;
    Result<qint64> lastStockSyncMs() const;               // 0 = never
    Result<QMap<QString, qint64>> countsByMarket() const; // listed codes per market
    Result<QStringList> pinned() const;
    Result<QList<JobRecord>> unfinishedJobs() const;
    Result<std::optional<JobRecord>> job(qint64 id) const;
    Result<TimeRanges> missingBars(const BarKey &key, TimeRange range) const;

private:
    Result<QSqlDatabase> connection() const;

    const Database *m_db;
};

} // namespace cybos
