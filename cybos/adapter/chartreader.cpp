#include "chartreader.h"
#include "comvalue.h"
#include "dib.h"
#include "core/domain/ksttime.h"
#include "core/domain/stockcode.h"
#include <algorithm>

namespace cybos::ChartReader {
namespace {

enum Field { Date = 0, Time = 1, Open = 2, High = 3, Low = 4, Close = 5, Volume = 8, Value = 9 };
enum Input { Code = 0, Mode = 1, EndDate = 2, StartDate = 3, Fields = 5, Kind = 6, Period = 7,
             Adjusted = 9 };

QList<int> fieldsFor(Interval interval)
{
    // Ascending: GetDataValue's first argument is the position in the sorted id list.
    if (isMinuteInterval(interval))
        return {Date, Time, Open, High, Low, Close, Volume, Value};
    return {Date, Open, High, Low, Close, Volume, Value};
}

} // namespace

bool isReadable(Interval interval)
{
    return interval == Interval::Day || isMinuteInterval(interval);
}

void setInputs(ComObject &o, const ChartQuery &query)
{
    Dib::setInput(o, Code, StockCode::toCybos(query.code));
    // Period mode ('1') for daily and minute charts alike (AKX tested minute charts, §0b): the
    // answer holds exactly [from, to], and Continue pages back to `from`. Count mode is not
    // used: its Continue stays 1 past the count (CDR).
    Dib::setInput(o, Mode, Dib::charCode('1'));
    Dib::setInput(o, EndDate, query.to.isValid() ? int(Kst::toYmd(query.to)) : 0);
    const QDate from = query.from.isValid() ? query.from : QDate(1956, 3, 3); // KRX's first day
    Dib::setInput(o, StartDate, int(Kst::toYmd(from)));
    QVariantList fields;
    for (int f : fieldsFor(query.interval))
        fields << f;
    Dib::setInput(o, Fields, fields);
    Dib::setInput(o, Kind, Dib::charCode(isMinuteInterval(query.interval) ? 'm' : 'D'));
    Dib::setInput(o, Period, std::max(1, intervalMinutes(query.interval)));
    Dib::setInput(o, Adjusted, Dib::charCode(query.adjusted ? '1' : '0'));
}

BarList readPage(ComObject &o, Interval interval)
{
    const QList<int> fields = fieldsFor(interval);
    const auto pos = [&fields](int field) { return int(fields.indexOf(field)); };
    const bool minute = isMinuteInterval(interval);
    const int rows = int(Dib::headerInt(o, 3));
    BarList bars;
    bars.reserve(rows);
    for (int i = rows - 1; i >= 0; --i) {
        const QDate date = Kst::fromYmd(Dib::dataInt(o, pos(Date), i));
        if (!date.isValid())
            continue;
        const QTime time = minute ? ComValue::timeOfDay(Dib::dataInt(o, pos(Time), i)) : QTime(0, 0);
        Bar b;
        b.timeMs = Kst::toEpochMs(date, time.isValid() ? time : QTime(0, 0));
        b.open = Dib::dataInt(o, pos(Open), i);
        b.high = Dib::dataInt(o, pos(High), i);
        b.low = Dib::dataInt(o, pos(Low), i);
        b.close = Dib::dataInt(o, pos(Close), i);
        b.volume = Dib::dataInt(o, pos(Volume), i);
        b.value = Dib::dataInt(o, pos(Value), i);
        bars << b;
    }
    return bars;
}

QDate latestTradeDate(ComObject &o)
{
    return Kst::fromYmd(Dib::headerInt(o, 5));
}

} // namespace cybos::ChartReader
