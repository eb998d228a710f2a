#include "jpbidreader.h"
#include "comvalue.h"
#include "dib.h"

namespace cybos::JpbidReader {

void setInputs(ComObject &object, const QString &cybosCode)
{
    Dib::setInput(object, 0, cybosCode);
}

OrderBook read(ComObject &o, const QString &code, qint64 nowMs)
{
    OrderBook book;
    book.code = code;
    // StockJpbid2's header indices are not documented (cybos-api.md §5, U), so the book is
    // stamped with its arrival and the totals are summed from the ten levels it gives.
    book.timeMs = nowMs;
    for (int i = 0; i < 10; ++i) {
        book.asks[i] = BookLevel{Dib::dataInt(o, 0, i), Dib::dataInt(o, 2, i)};
        book.bids[i] = BookLevel{Dib::dataInt(o, 1, i), Dib::dataInt(o, 3, i)};
        book.totalAskQty += book.asks[i].qty;
        book.totalBidQty += book.bids[i].qty;
    }
    return book;
}

} // namespace cybos::JpbidReader
