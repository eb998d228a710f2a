#pragma once
// The listing the services check codes against: every listed (non-delisted) code with its
// master fields, loaded from the stock table at start and replaced after each code sync.
// Empty until then, and while empty every code is taken as known (the feed decides).
// Thread-safe.
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include <QHash>
#include <QReadWriteLock>
#include <QStringList>

namespace cybos {

class KnownCodes
{
public:
    void replace(const StockList &stocks);
    bool isEmpty() const;
    int size() const;
    bool isKnown(const QString &code) const;
    QStringList unknown(const QStringList &codes) const;   // the codes not listed
    QStringList kospi200() const;                         // ascending
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
