#pragma once
// The listing: every listed (not delisted) code with its master fields. The one answer to
// "is this code listed?" for every thread: the feed services, the WebSocket subscribes, the
// UI's search and name column. Filled from the stock table at start, replaced whole by each
// code sync, merged with the master chunks a relay is pushed. Empty until then, and while
// empty every code is taken as listed (the feed decides). Thread-safe.
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include <QHash>
#include <QReadWriteLock>
#include <QStringList>
#include <optional>

namespace cybos {

class Listing
{
public:
    void replace(const StockList &stocks);   // the whole list (a code sync, the stock table)
    void merge(const StockList &stocks);     // some codes: added or updated, delisted ones dropped
    bool isEmpty() const;
    int size() const;
    bool isListed(const QString &code) const;
    QStringList unlisted(const QStringList &codes) const;   // the codes not listed
    std::optional<Stock> stock(const QString &code) const;
    StockList stocks() const;                              // ascending by code
    QStringList kospi200() const;                          // ascending
    // Canonical codes from user input ("005930", "A005930", or "kospi200"); invalid_code
    // for anything else.
    static Result<QStringList> normalize(const QStringList &input);
    // normalize(), "kospi200" replaced by its codes, duplicates dropped; unknown_code for
    // codes the list lacks (none while the list is empty).
    Result<QStringList> expand(const QStringList &input) const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, Stock> m_stocks;
};

} // namespace cybos
