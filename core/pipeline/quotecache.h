#pragma once
// The latest quote of every code that traded or was snapshotted: fed by the tick bus and by
// snapshots, read by the REST server and the UI from any thread (guarded by a lock).
#include "core/domain/quote.h"
#include "core/domain/stock.h"
#include "core/domain/tick.h"
#include <QHash>
#include <QObject>
#include <QReadWriteLock>
#include <optional>

namespace cybos {

class QuoteCache : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Master fields (name, previous close, limits) so realtime quotes are complete.
    void setMaster(const StockList &stocks);
    void putSnapshot(const Quote &quote);
    std::optional<Quote> latest(const QString &code) const; // ageMs filled in at read time
    int size() const;

public Q_SLOTS:
    void applyTicks(const cybos::TickList &batch);

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, Quote> m_quotes;
    QHash<QString, Stock> m_master;
    QHash<QString, qint64> m_receivedAt; // when each quote was last updated (epoch ms)
};

} // namespace cybos
