#include "realtime.h"
#include "listing.h"
#include "livequotes.h"
#include <algorithm>

namespace cybos::emu {

bool SubscriptionRegistry::add(RealtimeSink *sink, const ListedStock *stock, bool latestOnly)
{
    if (m_sinks.contains(sink))
        return true; // already subscribed: Cybos does not count it twice
    if (m_count >= kMaxSubscriptions)
        return false;
    m_sinks.insert(sink, stock);
    QList<Entry> &list = m_byStock[stock->key];
    list.append({sink, latestOnly});
    ++m_count;
    if (list.size() == 1)
        rebuildStocks();
    if (m_changed)
        m_changed();
    return true;
}

void SubscriptionRegistry::remove(RealtimeSink *sink)
{
    const auto it = m_sinks.find(sink);
    if (it == m_sinks.end())
        return;
    const quint64 key = it.value()->key;
    m_sinks.erase(it);
    m_pendingLatest.remove(sink);
    QList<Entry> &list = m_byStock[key];
    list.removeIf([sink](const Entry &e) { return e.sink == sink; });
    --m_count;
    if (list.isEmpty()) {
        m_byStock.remove(key);
        rebuildStocks();
    }
}

void SubscriptionRegistry::dropAll()
{
    const QList<RealtimeSink *> sinks = m_sinks.keys();
    m_sinks.clear();
    m_byStock.clear();
    m_pendingLatest.clear();
    m_count = 0;
    rebuildStocks();
    for (RealtimeSink *sink : sinks)
        sink->subscriptionDropped();
}

void SubscriptionRegistry::rebuildStocks()
{
    m_stocks.clear();
    for (auto it = m_byStock.cbegin(); it != m_byStock.cend(); ++it)
        m_stocks.push_back(m_sinks.value(it.value().first().sink));
    std::sort(m_stocks.begin(), m_stocks.end(),
              [](const ListedStock *a, const ListedStock *b) { return a->code < b->code; });
    ++m_generation;
}

RealtimeEvent snapshotEvent(const LiveQuote &q, char session)
{
    RealtimeEvent e;
    e.stock = q.stock;
    e.trade = false;
    e.session = session;
    e.price = q.price;
    e.volume = 0;
    e.hhmmss = q.timeHhmmss;
    e.prevClose = q.prevClose;
    e.upper = q.upper;
    e.lower = q.lower;
    e.open = q.open;
    e.high = q.high;
    e.low = q.low;
    e.ask = q.ask;
    e.bid = q.bid;
    e.cumVolume = q.volume;
    e.cumValueKrw = q.valueKrw;
    e.cumSell = q.sellQty;
    e.cumBuy = q.buyQty;
    e.updates = q.updates;
    return e;
}

bool SubscriptionRegistry::isSubscribed(quint64 key, RealtimeSink *sink) const
{
    const auto it = m_sinks.constFind(sink);
    return it != m_sinks.constEnd() && it.value()->key == key;
}

void SubscriptionRegistry::publish(const RealtimeEvent &event)
{
    const quint64 key = event.stock->key;
    const auto it = m_byStock.constFind(key);
    if (it == m_byStock.constEnd())
        return;
    // A handler may unsubscribe or delete objects: iterate a copy and re-check each sink.
    const QList<Entry> entries = it.value();
    for (const Entry &e : entries) {
        if (e.latestOnly)
            m_pendingLatest.insert(e.sink, event);
        else if (entries.size() == 1 || isSubscribed(key, e.sink))
            e.sink->deliver(event);
    }
}

void SubscriptionRegistry::flushLatest()
{
    while (!m_pendingLatest.isEmpty()) {
        const auto it = m_pendingLatest.begin();
        RealtimeSink *sink = it.key();
        const RealtimeEvent event = it.value();
        m_pendingLatest.erase(it);
        if (isSubscribed(event.stock->key, sink))
            sink->deliver(event);
    }
}

} // namespace cybos::emu
