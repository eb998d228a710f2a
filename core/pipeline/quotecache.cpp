#include "quotecache.h"
#include "core/domain/ksttime.h"

namespace cybos {

void QuoteCache::setMaster(const StockList &stocks)
{
    m_listing.merge(stocks);
    completeQuotes(stocks);
}

void QuoteCache::replaceMaster(const StockList &stocks)
{
    m_listing.replace(stocks);
    completeQuotes(stocks);
}

void QuoteCache::completeQuotes(const StockList &stocks)
{
    QWriteLocker lock(&m_lock);
    for (const Stock &s : stocks) {
        auto it = m_quotes.find(s.code);
        if (it != m_quotes.end()) {
            it->name = s.name;
            it->prevClose = s.prevClose.value_or(it->prevClose);
            it->upperLimit = s.upperLimit ? s.upperLimit : it->upperLimit;
            it->lowerLimit = s.lowerLimit ? s.lowerLimit : it->lowerLimit;
            m_stamps[s.code].revision = ++m_revision;
        }
    }
}

void QuoteCache::putSnapshot(const Quote &quote)
{
    QWriteLocker lock(&m_lock);
    m_quotes.insert(quote.code, quote);
    touch(quote.code, Kst::nowMs());
}

void QuoteCache::touch(const QString &code, qint64 nowMs)
{
    Stamp &stamp = m_stamps[code];
    stamp.receivedAtMs = nowMs;
    stamp.revision = ++m_revision;
}

std::optional<Quote> QuoteCache::latest(const QString &code, qint64 *revision) const
{
    QReadLocker lock(&m_lock);
    auto it = m_quotes.constFind(code);
    if (it == m_quotes.cend())
        return std::nullopt;
    Quote q = *it;
    const Stamp stamp = m_stamps.value(code);
    q.ageMs = qMax<qint64>(0, Kst::nowMs() - stamp.receivedAtMs);
    if (revision)
        *revision = stamp.revision;
    return q;
}

int QuoteCache::size() const
{
    QReadLocker lock(&m_lock);
    return int(m_quotes.size());
}

// The day's open/high/low as the feed gives them with the trade; from a source that does not
// carry them, a known high/low (from a snapshot) extends with the trade and the rest stays
// absent: a realtime quote never invents the day's range from the trades it happened to see.
void QuoteCache::applyDayRange(Quote &q, const Tick &t)
{
    if (const auto open = givenPrice(t.dayOpen))
        q.open = open;
    if (const auto high = givenPrice(t.dayHigh))
        q.high = high;
    else if (q.high)
        q.high = qMax(*q.high, t.price);
    if (const auto low = givenPrice(t.dayLow))
        q.low = low;
    else if (q.low)
        q.low = qMin(*q.low, t.price);
}

void QuoteCache::applyTicks(const TickList &batch)
{
    const qint64 now = Kst::nowMs();
    QWriteLocker lock(&m_lock);
    for (const Tick &t : batch) {
        Quote &q = m_quotes[t.code];
        if (q.code.isEmpty()) {
            const Stock s = m_listing.stock(t.code).value_or(Stock{});
            q.code = t.code;
            q.name = s.name;
            q.prevClose = s.prevClose.value_or(t.price - t.change);
            q.upperLimit = s.upperLimit;
            q.lowerLimit = s.lowerLimit;
        }
        applyDayRange(q, t);
        q.timeMs = t.timeMs;
        q.price = t.price;
        q.change = t.change;
        q.prevClose = t.price - t.change;
        q.changeRate = changeRatePercent(t.change, q.prevClose);
        q.ask = givenPrice(t.ask);
        q.bid = givenPrice(t.bid);
        q.volume = t.cumVolume;
        q.value = t.cumValue;
        q.session = t.session;
        q.source = QuoteSource::Realtime;
        touch(t.code, now);
    }
}

} // namespace cybos
