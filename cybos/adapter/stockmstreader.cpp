#include "stockmstreader.h"
#include "comvalue.h"
#include "dib.h"
#include "core/domain/stockcode.h"

namespace cybos::StockMstReader {
namespace {
// Header indices (cybos-api.md §3).
enum Header {
    Code = 0, Name = 1, Time = 4, Upper = 8, Lower = 9, PrevClose = 10, Price = 11, Change = 12,
    Open = 13, High = 14, Low = 15, Ask = 16, Bid = 17, Volume = 18, Value = 19, SessionFlag = 59
};
} // namespace

void setInputs(ComObject &object, const QString &cybosCode)
{
    Dib::setInput(object, 0, cybosCode);
}

Quote read(ComObject &o, qint64 valueUnit, qint64 nowMs)
{
    Quote q;
    q.name = Dib::header(o, Name).toString().trimmed();
    const QString code = Dib::header(o, Code).toString().trimmed();
    if (code.isEmpty() || q.name.isEmpty())
        return q;
    q.code = StockCode::fromCybos(code);
    q.timeMs = ComValue::instantToday(ComValue::timeOfDay(Dib::headerInt(o, Time)), nowMs);
    q.upperLimit = givenPrice(Dib::headerInt(o, Upper));
    q.lowerLimit = givenPrice(Dib::headerInt(o, Lower));
    q.prevClose = Dib::headerInt(o, PrevClose);
    q.price = Dib::headerInt(o, Price);
    q.change = Dib::headerInt(o, Change); // signed (cybos-api.md §3)
    q.changeRate = changeRatePercent(q.change, q.prevClose);
    q.open = givenPrice(Dib::headerInt(o, Open));
    q.high = givenPrice(Dib::headerInt(o, High));
    q.low = givenPrice(Dib::headerInt(o, Low));
    q.ask = givenPrice(Dib::headerInt(o, Ask));
    q.bid = givenPrice(Dib::headerInt(o, Bid));
    q.volume = Dib::headerInt(o, Volume);
    q.value = Dib::headerInt(o, Value) * valueUnit;
    q.session = ComValue::sessionFromFlag(ComValue::toChar(Dib::header(o, SessionFlag)));
    q.source = QuoteSource::Snapshot;
    return q;
}

} // namespace cybos::StockMstReader
