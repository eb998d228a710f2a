#include "quotecache.h"
#include "core/domain/ksttime.h"

namespace cybos {

void QuoteCache::setMaster(const StockList &stocks)
{
    QWriteLocker lock(&m_lock);
    for (const Stock &s : stocks) {
        m_master.insert(s.code, s);
        auto it = m_quotes.find(s.code);
        if (it != m_quotes.end()) {
            it->name = s.name;
            it->prevClose = s.prevClose.value_or(it->prevClose);
            it->upperLimit = s.upperLimit.value_or(it->upperLimit);
            it->lowerLimit = s.lowerLimit.value_or(it->lowerLimit);
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

void QuoteCache::applyTicks(const TickList &batch)
{
    const qint64 now = Kst::nowMs();
    QWriteLocker lock(&m_lock);
    for (const Tick &t : batch) {
        Quote &q = m_quotes[t.code];
        if (q.code.isEmpty()) {
            const Stock s = m_master.value(t.code);
            q.code = t.code;
            q.name = s.name;
            q.prevClose = s.prevClose.value_or(t.price - t.change);
            q.upperLimit = s.upperLimit.value_or(0);
            q.lowerLimit = s.lowerLimit.value_or(0);
            q.open = q.high = q.low = t.price;
        }
        q.timeMs = t.timeMs;
        q.price = t.price;
        q.change = t.change;
        q.prevClose = t.price - t.change;
        q.changeRate = changeRatePercent(t.change, q.prevClose);
        q.high = qMax(q.high, t.price);
        q.low = q.low ? qMin(q.low, t.price) : t.price;
        q.ask = t.ask;
        q.bid = t.bid;
        q.volume = t.cumVolume;
        q.value = t.cumValue;
        q.session = t.session;
        q.source = QuoteSource::Realtime;
        touch(t.code, now);
    }
}

} // namespace cybos
