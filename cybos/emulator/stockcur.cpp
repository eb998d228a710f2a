#include "stockcur.h"
#include "emuvalues.h"
#include "listing.h"
#include "orderbook.h"

namespace cybos::emu {

QVariant StockCur::headerValue(int index) const
{
    const RealtimeEvent &e = lastEvent();
    if (!e.stock)
        return {};
    const char side = e.buyerInitiated ? '1' : '2';
    switch (index) {
    case 0: return QString(u'A' + e.stock->code);
    case 1: return e.stock->name;
    case 2: return num(e.price - e.prevClose);
    case 3: return num(e.hhmmss / 100);
    case 4: return num(e.open);
    case 5: return num(e.high);
    case 6: return num(e.low);
    case 7: return num(e.ask);
    case 8: return num(e.bid);
    case 9: return num(e.cumVolume);
    case 10: return num(cybosValue(e.cumValueKrw, e.stock->market));
    case 21: case 23: case 24: return num(0); // 11 and 12 are not defined (the help skips them)
    case 13: return num(e.price);
    case 14: case 26: return chr(side);
    case 15: case 27: return num(e.cumSell);
    case 16: case 28: return num(e.cumBuy);
    case 17: return num(e.volume);
    case 18: return num(e.hhmmss);
    case 19: return chr(e.trade ? '2' : '1');
    case 20: return chr(e.session);
    case 22: return chr(signOf(e.price, e.prevClose, e.upper, e.lower));
    case 25: return QVariant(0.0f);
    default: return {};
    }
}

QVariant StockJpbid::headerValue(int index) const
{
    const RealtimeEvent &e = lastEvent();
    if (!e.stock || index < 0 || index > 68)
        return {};
    if (index == 0)
        return QString(u'A' + e.stock->code);
    if (index == 1)
        return num(e.hhmmss / 100);
    if (index == 2)
        return num(e.cumVolume);
    const BookLevels book = bookOf(e);
    if (index == 23 || index == 24)
        return num(index == 23 ? book.totalAsk : book.totalBid);
    const bool low = index >= 3 && index < 23, high = index >= 27 && index < 47;
    if (!low && !high)
        return num(0); // 25/26 after-hours totals, 47–68 LP quantities: none emulated
    const int offset = low ? index - 3 : index - 27;
    const int level = offset / 4 + (low ? 0 : 5);
    const qint64 values[] = {book.ask[level], book.bid[level], book.askQty[level], book.bidQty[level]};
    return num(values[offset % 4]);
}

} // namespace cybos::emu
