#include "marketeyereader.h"
#include "comvalue.h"
#include "dib.h"
#include "core/domain/ksttime.h"
#include "core/domain/stockcode.h"
#include <algorithm>
#include <array>

namespace cybos::MarketEyeReader {
namespace {

// Field ids (cybos-api.md §5), listed in ascending order so an id's index is its position.
enum Field {
    Code = 0, Time = 1, Sign = 2, Change = 3, Price = 4, Open = 5, High = 6, Low = 7, Ask = 8,
    Bid = 9, Volume = 10, Value = 11, SessionFlag = 12, Name = 17, PrevClose = 23, Upper = 33,
    Lower = 34
};
constexpr std::array<int, 17> kFields{Code, Time, Sign, Change, Price, Open, High, Low, Ask, Bid,
                                      Volume, Value, SessionFlag, Name, PrevClose, Upper, Lower};
static_assert(std::is_sorted(kFields.begin(), kFields.end()));

int pos(Field f)
{
    return int(std::find(kFields.begin(), kFields.end(), int(f)) - kFields.begin());
}

struct Row {
    ComObject &o;
    int i;
    QVariant at(Field f) const { return Dib::data(o, pos(f), i); }
    qint64 num(Field f) const { return ComValue::toInt64(at(f)); }
    // Fields the help types ulong / ulonglong (1 time, 10 volume, 11 value).
    qint64 unum(Field f) const { return ComValue::toUnsigned(at(f)); }
};

// Field 12 장구분 (reading U): '0' before the open, '1' single-price auction — the opening one
// before noon, the closing one after — '2' continuous trading.
Session sessionOf(char flag, qint64 timeMs)
{
    switch (flag) {
    case '0': return Session::PreOpen;
    case '1': return Kst::timeOf(timeMs).hour() < 12 ? Session::PreOpen : Session::Closing;
    default: return Session::Regular;
    }
}

// cybosCode and name: the row's Code and Name fields, already read (each read is a COM call).
Quote readRow(const Row &r, const QString &cybosCode, const QString &name, qint64 nowMs)
{
    Quote q;
    q.code = StockCode::fromCybos(cybosCode);
    q.name = name;
    q.timeMs = ComValue::instantToday(ComValue::timeOfDay(r.unum(Time)), nowMs);
    q.price = r.num(Price);
    q.change = ComValue::signedChange(r.num(Change), ComValue::toChar(r.at(Sign)));
    q.prevClose = r.num(PrevClose);
    q.changeRate = changeRatePercent(q.change, q.prevClose);
    q.open = givenPrice(r.num(Open));
    q.high = givenPrice(r.num(High));
    q.low = givenPrice(r.num(Low));
    q.ask = givenPrice(r.num(Ask));
    q.bid = givenPrice(r.num(Bid));
    q.volume = r.unum(Volume);
    q.value = r.unum(Value); // 원: unlike StockMst 19 no market unit (help, MarketEye field 11)
    q.upperLimit = givenPrice(r.num(Upper));
    q.lowerLimit = givenPrice(r.num(Lower));
    q.session = sessionOf(ComValue::toChar(r.at(SessionFlag)), q.timeMs);
    q.source = QuoteSource::Snapshot;
    return q;
}

} // namespace

void setInputs(ComObject &object, const QStringList &cybosCodes)
{
    QVariantList fields;
    for (int f : kFields)
        fields << f;
    QVariantList codes;
    for (const QString &c : cybosCodes)
        codes << c;
    Dib::setInput(object, 0, fields);
    Dib::setInput(object, 1, codes);
    Dib::setInput(object, 2, Dib::charCode('1'));
}

QuoteList read(ComObject &object, qint64 nowMs)
{
    const int count = int(Dib::headerInt(object, 2));
    QuoteList quotes;
    quotes.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Row row{object, i};
        const QString cybosCode = row.at(Code).toString().trimmed();
        const QString name = row.at(Name).toString().trimmed();
        if (cybosCode.isEmpty() || name.isEmpty())
            continue;
        quotes << readRow(row, cybosCode, name, nowMs);
    }
    return quotes;
}

} // namespace cybos::MarketEyeReader
