#include "stocknames.h"
#include "core/storage/database.h"
#include "core/storage/stockrepository.h"

namespace cybos {

StockListProvider makeStockListProvider(const Database *database)
{
    return [database]() {
        StockList out;
        auto db = database->connection(DbAccess::ReadOnly);
        if (!db)
            return out;
        StockRepository repo(*db);
        StockFilter filter;
        filter.limit = 10000;
        filter.status = QStringLiteral("normal");
        for (;;) {
            auto page = repo.query(filter);
            if (!page)
                break;
            out += page->items;
            if (page->nextPageToken.isEmpty())
                break;
            filter.pageToken = page->nextPageToken;
        }
        return out;
    };
}

} // namespace cybos
