#include "jpbidreader.h"
#include "comvalue.h"
#include "dib.h"

namespace cybos::JpbidReader {
namespace {
// Header indices (help page StrockJpBid2): 3 time (short hhmm), 4 total ask quantity,
// 6 total bid quantity. The totals cover the whole book, not only the ten levels.
enum Header { Time = 3, TotalAsk = 4, TotalBid = 6 };
} // namespace

void setInputs(ComObject &object, const QString &cybosCode)
{
    Dib::setInput(object, 0, cybosCode);
}

OrderBook read(ComObject &o, const QString &code, qint64 nowMs)
{
    OrderBook book;
    book.code = code;
    book.timeMs = ComValue::instantToday(ComValue::timeOfDay(Dib::headerInt(o, Time)), nowMs);
    book.totalAskQty = Dib::headerInt(o, TotalAsk);
    book.totalBidQty = Dib::headerInt(o, TotalBid);
    for (int i = 0; i < 10; ++i) {
        book.asks[i] = BookLevel{Dib::dataInt(o, 0, i), Dib::dataInt(o, 2, i)};
        book.bids[i] = BookLevel{Dib::dataInt(o, 1, i), Dib::dataInt(o, 3, i)};
    }
    return book;
}

} // namespace cybos::JpbidReader
