#include "chartreader.h"
#include "comvalue.h"
#include "dib.h"
#include "core/domain/ksttime.h"
#include "core/domain/stockcode.h"
#include <algorithm>

namespace cybos::ChartReader {
namespace {

enum Field { Date = 0, Time = 1, Open = 2, High = 3, Low = 4, Close = 5, Volume = 8, Value = 9 };
enum Input { Code = 0, Mode = 1, EndDate = 2, StartDate = 3, Count = 4, Fields = 5, Kind = 6,
             Period = 7, Adjusted = 9 };

QList<int> fieldsFor(Interval interval)
{
    // Ascending: GetDataValue's first argument is the position in the sorted id list.
    if (isMinuteInterval(interval))
        return {Date, Time, Open, High, Low, Close, Volume, Value};
    return {Date, Open, High, Low, Close, Volume, Value};
}

char kindFor(Interval interval)
{
    switch (interval) {
    case Interval::Day: return 'D';
    case Interval::Week: return 'W';
    case Interval::Month: return 'M';
    default: return 'm';
    }
}

constexpr int kMaxCount = 2'000'000;

} // namespace

int estimatedCount(const ChartQuery &query, QDate today)
{
    if (!query.from.isValid())
        return kMaxCount;
    const QDate to = query.to.isValid() ? query.to : today;
    const qint64 days = std::max<qint64>(1, query.from.daysTo(to) + 1);
    qint64 n = 0;
    if (isMinuteInterval(query.interval))
        n = days * (400 / intervalMinutes(query.interval) + 1); // 09:00–15:30 plus auctions
    else if (query.interval == Interval::Week)
        n = days / 7 + 2;
    else if (query.interval == Interval::Month)
        n = days / 28 + 2;
    else
        n = days;
    return int(std::clamp<qint64>(n + 10, 1, kMaxCount));
}

void setInputs(ComObject &o, const ChartQuery &query, QDate today)
{
    Dib::setInput(o, Code, StockCode::toCybos(query.code));
    // Daily bars use period mode ('1', from/to dates). Period mode is reported unusable for
    // W/M/m/T (cybos-api.md §4, U), so those use count mode ('2') with the number of bars the
    // range can hold; paging stops once bars fall before `from` either way.
    const bool period = query.interval == Interval::Day;
    Dib::setInput(o, Mode, Dib::charCode(period ? '1' : '2'));
    Dib::setInput(o, EndDate, query.to.isValid() ? int(Kst::toYmd(query.to)) : 0);
    if (period) {
        const QDate from = query.from.isValid() ? query.from : QDate(1956, 3, 3); // KRX's first day
        Dib::setInput(o, StartDate, int(Kst::toYmd(from)));
    } else {
        Dib::setInput(o, Count, estimatedCount(query, today));
    }
    QVariantList fields;
    for (int f : fieldsFor(query.interval))
        fields << f;
    Dib::setInput(o, Fields, fields);
    Dib::setInput(o, Kind, Dib::charCode(kindFor(query.interval)));
    Dib::setInput(o, Period, std::max(1, intervalMinutes(query.interval)));
    Dib::setInput(o, Adjusted, Dib::charCode(query.adjusted ? '1' : '0'));
}

BarList readPage(ComObject &o, Interval interval, qint64 valueUnit)
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
        b.value = Dib::dataInt(o, pos(Value), i) * valueUnit;
        bars << b;
    }
    return bars;
}

} // namespace cybos::ChartReader
