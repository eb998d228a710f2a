#pragma once
// The stock master table. Reads work on any connection; upsert() needs the read-write one.
// Use on the thread owning the connection.
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace cybos {

struct StockFilter {
    QStringList markets;        // any of these (empty: all markets)
    QString q;                  // StockMatcher query (code, Korean/English name, initials); empty: any
    bool kospi200Only = false;  // index=kospi200
    QString status;             // exact status (empty: any)
    int limit = 1000;           // rows per page (> 0; the caller validates 1..10000)
    QString pageToken;          // from StockPage::nextPageToken; same filter otherwise
};

struct StockPage {
    StockList items;            // ascending by code; with a query, best match first
    qint64 total = 0;           // rows matching the filter, all pages
    QString nextPageToken;      // empty at the end
};

struct StockSyncSummary {
    qint64 upserted = 0;
    qint64 delisted = 0;        // codes a full sync no longer lists, now status 'delisted'
};

class StockRepository
{
public:
    explicit StockRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts or updates every stock in one transaction. With fullSync, codes absent from
    // `stocks` become status 'delisted' and meta.stocks_synced_at is set to nowMs.
    Result<StockSyncSummary> upsert(const StockList &stocks, bool fullSync, qint64 nowMs);
    // Keyset paging on code. A malformed token is ErrorCode::InvalidPageToken.
    Result<StockPage> query(const StockFilter &filter) const;
    Result<StockList> all() const;                         // every row the default filter lists, by code; no count
    Result<std::optional<Stock>> get(const QString &code) const;
    Result<QMap<QString, qint64>> countsByMarket() const;  // market -> listed (non-delisted)
    Result<qint64> count() const;                          // all rows
    Result<qint64> lastSyncMs() const;                     // 0 = never synced

private:
    Result<StockPage> rankedQuery(const StockFilter &filter) const;  // paged by position

    QSqlDatabase m_db;
};

} // namespace cybos
