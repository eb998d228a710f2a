#include "orderbook.h"
#include "core/domain/krxrules.h"
#include "emurandom.h"
#include "listing.h"
#include <algorithm>

namespace cybos::emu {

BookLevels bookOf(const RealtimeEvent &e)
{
    BookLevels book;
    const qint64 ref = std::max<qint64>(1, e.ask ? e.ask : e.prevClose);
    const qint64 lot = std::max<qint64>(1, 20'000'000 / ref); // about 20M KRW per level
    qint64 ask = e.ask, bid = e.bid;
    for (int i = 0; i < BookLevels::kLevels; ++i) {
        const quint64 h = hashOf(e.stock->key, e.updates, quint64(i));
        if (ask > 0 && ask <= e.upper) {
            book.ask[i] = ask;
            book.askQty[i] = 1 + qint64(h % quint64(lot));
            ask = Krx::tickUp(ask);
        }
        if (bid > 0 && bid >= e.lower) {
            book.bid[i] = bid;
            book.bidQty[i] = 1 + qint64((h >> 32) % quint64(lot));
            bid = bid > e.lower ? Krx::tickDown(bid) : 0;
        }
        book.totalAsk += book.askQty[i];
        book.totalBid += book.bidQty[i];
    }
    return book;
}

} // namespace cybos::emu
