#pragma once
// The latest quote of every code that traded or was snapshotted: fed by the tick bus and by
// snapshots, read by the REST server and the UI from any thread (guarded by a lock). It holds
// the listing (listing.h) whose master fields complete the realtime quotes.
#include "core/domain/quote.h"
#include "core/domain/stock.h"
#include "core/domain/tick.h"
#include "listing.h"
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

    // Master fields (name, previous close, limits) so realtime quotes are complete: some
    // codes (a relay's pushed chunk) into the listing, or the whole list (a code sync).
    void setMaster(const StockList &stocks);
    void replaceMaster(const StockList &stocks);
    Listing &listing() { return m_listing; }
    const Listing &listing() const { return m_listing; }
    void putSnapshot(const Quote &quote);
    // ageMs filled in at read time. *revision, when asked for, changes whenever the code's
    // quote does (a reader may keep what it derived from the quote until it changes).
    std::optional<Quote> latest(const QString &code, qint64 *revision = nullptr) const;
    int size() const;

public Q_SLOTS:
    void applyTicks(const cybos::TickList &batch);

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, Quote> m_quotes;
    Listing m_listing;
    struct Stamp {
        qint64 receivedAtMs = 0;  // when the quote was last updated (epoch ms)
        qint64 revision = 0;
    };
    void completeQuotes(const StockList &stocks);
    void touch(const QString &code, qint64 nowMs);
    static void applyDayRange(Quote &q, const Tick &t);
    QHash<QString, Stamp> m_stamps;
    qint64 m_revision = 0;
};

} // namespace cybos
