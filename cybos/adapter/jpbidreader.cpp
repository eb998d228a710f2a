#include "jpbidreader.h"
#include "comvalue.h"
#include "dib.h"

namespace cybos::JpbidReader {
namespace {
// Header indices (help page StrockJpBid2): 3 time (short hhmm), 4 total ask quantity,
// 6 total bid quantity. The totals cover the whole book, not only the ten levels.
enum Header { Time = 3, TotalAsk = 4, TotalBid = 6 };
// The realtime object's headers.
enum RealtimeHeader { RtTime = 1, RtLevels1to5 = 3, RtTotalAsk = 23, RtTotalBid = 24, RtLevels6to10 = 27 };
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

OrderBook readRealtime(ComObject &o, const QString &code, qint64 nowMs)
{
    OrderBook book;
    book.code = code;
    book.timeMs = ComValue::instantToday(ComValue::timeOfDay(Dib::headerInt(o, RtTime)), nowMs);
    book.totalAskQty = Dib::headerInt(o, RtTotalAsk);
    book.totalBidQty = Dib::headerInt(o, RtTotalBid);
    for (int i = 0; i < 10; ++i) {
        const int base = (i < 5 ? RtLevels1to5 : RtLevels6to10) + (i % 5) * 4;
        book.asks[i] = BookLevel{Dib::headerInt(o, base), Dib::headerInt(o, base + 2)};
        book.bids[i] = BookLevel{Dib::headerInt(o, base + 1), Dib::headerInt(o, base + 3)};
    }
    return book;
}

} // namespace cybos::JpbidReader
