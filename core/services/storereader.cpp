#include "storereader.h"
#include "core/storage/database.h"
#include "core/storage/pinnedrepository.h"
#include "core/storage/stockrepository.h"

namespace cybos {

Result<QSqlDatabase> StoreReader::connection() const
{
    if (!m_db)
        return makeError(ErrorCode::StorageUnavailable, QStringLiteral("no database"));
    return m_db->connection(DbAccess::ReadOnly);
}

Result<StockList> StoreReader::stocks() const
{
    auto db = connection();
    if (!db)
        return db.error();
    return StockRepository(*db).all();
}

Result<qint64> StoreReader::stockCount() const
{
    auto db = connection();
    return db ? StockRepository(*db).count() : Result<qint64>(db.error());
}

Result<qint64> StoreReader::lastStockSyncMs() const
{
    auto db = connection();
    return db ? StockRepository(*db).lastSyncMs() : Result<qint64>(db.error());
}

Result<QMap<QString, qint64>> StoreReader::countsByMarket() const
{
    auto db = connection();
    return db ? StockRepository(*db).countsByMarket() : Result<QMap<QString, qint64>>(db.error());
}

Result<QStringList> StoreReader::pinned() const
{
    auto db = connection();
    return db ? PinnedRepository(*db).list() : Result<QStringList>(db.error());
}

Result<QList<JobRecord>> StoreReader::unfinishedJobs() const
{
    auto db = connection();
    return db ? JobRepository(*db).unfinished() : Result<QList<JobRecord>>(db.error());
}

Result<std::optional<JobRecord>> StoreReader::job(qint64 id) const
{
    auto db = connection();
    return db ? JobRepository(*db).get(id) : Result<std::optional<JobRecord>>(db.error());
}

Result<TimeRanges> StoreReader::missingBars(const BarKey &key, TimeRange range) const
{
    auto db = connection();
    return db ? BarRepository(*db).missing(key, range) : Result<TimeRanges>(db.error());
}

} // namespace cybos
