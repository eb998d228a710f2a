#pragma once
// Realtime events of the emulated feed and the registry of subscribed objects.
//
// One RealtimeEvent per trade (or auction expected-price update) of a stock; it carries the
// stock's state right after it, so an object reading its headers inside received() — or
// later — sees exactly that tick. The registry enforces Cybos' subscription limit (kMaxSubscriptions; each
// Subscribe()d object costs one) and implements SubscribeLatest (only the newest update of a
// delivery round is fired; Subscribe fires every one).
#include "core/domain/limits.h"
#include <QHash>
#include <QList>
#include <functional>
#include <vector>

namespace cybos::emu {

struct ListedStock;
struct LiveQuote;

struct RealtimeEvent {
    const ListedStock *stock = nullptr;
    bool trade = true;          // false: an expected price during an auction (no trade)
    char session = '2';         // StockCur header 20
    bool buyerInitiated = true; // StockCur header 14: '1' buy, '2' sell
    qint64 price = 0;           // trade price, or the expected price
    qint64 volume = 0;          // trade volume, or the expected quantity
    int hhmmss = 0;
    qint64 prevClose = 0, upper = 0, lower = 0;
    qint64 open = 0, high = 0, low = 0, ask = 0, bid = 0;
    qint64 cumVolume = 0, cumValueKrw = 0, cumSell = 0, cumBuy = 0;
    quint64 updates = 0;        // the stock's update counter (varies the order book)
};

class RealtimeSink
{
public:
    virtual ~RealtimeSink() = default;
    virtual void deliver(const RealtimeEvent &event) = 0;
    virtual void subscriptionDropped() = 0; // the link dropped every subscription
};

class SubscriptionRegistry
{
public:

    bool add(RealtimeSink *sink, const ListedStock *stock, bool latestOnly); // false at the limit
    void remove(RealtimeSink *sink);
    void dropAll();
    int count() const { return m_count; }
    const std::vector<const ListedStock *> &stocks() const { return m_stocks; } // distinct, by code
    quint64 generation() const { return m_generation; } // changes when stocks() changes
    void publish(const RealtimeEvent &event);
    void flushLatest(); // end of a delivery round: fire the pending SubscribeLatest updates
    void setChangedHandler(std::function<void()> handler) { m_changed = std::move(handler); }

private:
    struct Entry {
        RealtimeSink *sink;
        bool latestOnly;
    };
    bool isSubscribed(quint64 key, RealtimeSink *sink) const;
    void rebuildStocks();

    QHash<quint64, QList<Entry>> m_byStock;
    QHash<RealtimeSink *, const ListedStock *> m_sinks;
    QHash<RealtimeSink *, RealtimeEvent> m_pendingLatest;
    std::vector<const ListedStock *> m_stocks;
    quint64 m_generation = 0;
    int m_count = 0;
    std::function<void()> m_changed;
};

// The event that describes a stock's current state without a new trade (volume 0).
RealtimeEvent snapshotEvent(const LiveQuote &q, char session);

} // namespace cybos::emu
