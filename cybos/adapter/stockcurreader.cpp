#include "stockcurreader.h"
#include "comvalue.h"
#include "dib.h"

namespace cybos::StockCurReader {
namespace {
enum Header {
    Change = 2, Open = 4, High = 5, Low = 6, Ask = 7, Bid = 8, CumVolume = 9, CumValue = 10, Price = 13, SideFlag = 14,
    Volume = 17, ExpectedFlag = 19, SessionFlag = 20, Sign = 22
};
} // namespace

void setInputs(ComObject &object, const QString &cybosCode)
{
    Dib::setInput(object, 0, cybosCode);
}

bool read(ComObject &o, qint64 valueUnit, qint64 nowMs, Tick &t)
{
    if (ComValue::toChar(Dib::header(o, ExpectedFlag)) == '1')
        return false;
    t.timeMs = nowMs;
    t.price = Dib::headerInt(o, Price);
    t.change = ComValue::signedChange(Dib::headerInt(o, Change), ComValue::toChar(Dib::header(o, Sign)));
    t.volume = Dib::headerInt(o, Volume);
    t.cumVolume = Dib::headerInt(o, CumVolume);
    t.cumValue = Dib::headerInt(o, CumValue) * valueUnit;
    t.dayOpen = Dib::headerInt(o, Open);
    t.dayHigh = Dib::headerInt(o, High);
    t.dayLow = Dib::headerInt(o, Low);
    t.ask = Dib::headerInt(o, Ask);
    t.bid = Dib::headerInt(o, Bid);
    t.side = ComValue::sideFromFlag(ComValue::toChar(Dib::header(o, SideFlag)));
    t.session = ComValue::sessionFromFlag(ComValue::toChar(Dib::header(o, SessionFlag)));
    return true;
}

} // namespace cybos::StockCurReader
