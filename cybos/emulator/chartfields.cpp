#include "chartfields.h"
#include "calendar.h"
#include "core/domain/krxrules.h"
#include "emucontext.h"
#include "emuvalues.h"
#include "stockfacts.h"

namespace cybos::emu {

QVariant chartField(int id, const ChartRow &row, const ListedStock &s, const StockFacts &f)
{
    const EmuBar &b = row.bar;
    switch (id) {
    case 0: return num(b.date);
    case 1: return num(b.time);
    case 2: return num(b.open);
    case 3: return num(b.high);
    case 4: return num(b.low);
    case 5: return num(b.close);
    case 6: return num(b.close - row.base);
    case 8: return num(b.volume);
    case 9: return num(b.valueKrw); // no unit documented (§0b): the emulator serves won
    case 10: return num(b.time ? b.sellQty : 0);
    case 11: return num(b.time ? b.buyQty : 0);
    case 12: return num(s.listedShares);
    case 13: return num(b.close * s.listedShares);
    case 14: return num(s.listedShares);
    case 15: return num(s.listedShares - f.foreignHolding);
    case 16: return num(f.foreignHolding);
    case 17: return QVariant(float(100.0 * double(f.foreignHolding) / double(s.listedShares)));
    case 19: return QVariant(0.0f);
    case 25: return QVariant(float(100.0 * double(b.volume) / double(s.listedShares)));
    case 37: {
        const qint64 upper = Krx::upperLimit(row.base), lower = Krx::lowerLimit(row.base);
        return chr(signOf(b.close, row.base, upper, lower));
    }
    default: return num(0);
    }
}

QString chartFieldName(int id)
{
    static const QHash<int, QString> names{
        {0, QStringLiteral("날짜")}, {1, QStringLiteral("시간")}, {2, QStringLiteral("시가")},
        {3, QStringLiteral("고가")}, {4, QStringLiteral("저가")}, {5, QStringLiteral("종가")},
        {6, QStringLiteral("전일대비")}, {8, QStringLiteral("거래량")}, {9, QStringLiteral("거래대금")},
        {10, QStringLiteral("누적체결매도수량")}, {11, QStringLiteral("누적체결매수수량")},
        {12, QStringLiteral("상장주식수")}, {13, QStringLiteral("시가총액")},
        {14, QStringLiteral("외국인주문한도수량")}, {15, QStringLiteral("외국인주문가능수량")},
        {16, QStringLiteral("외국인현보유수량")}, {17, QStringLiteral("외국인현보유비율")},
        {18, QStringLiteral("수정주가일자")}, {19, QStringLiteral("수정주가비율")},
        {20, QStringLiteral("기관순매수")}, {21, QStringLiteral("기관누적순매수")},
        {25, QStringLiteral("주식회전율")}, {37, QStringLiteral("대비부호")},
    };
    return names.value(id, QStringLiteral("필드%1").arg(id));
}

QVariant chartHeader(int index, EmuContext &ctx, const ListedStock &s, const StockFacts &f)
{
    const LiveQuote &q = ctx.quote(s);
    const qint64 lastDate = q.volume ? ymd(q.date) : f.yesterday.date;
    switch (index) {
    case 0: return QString(u'A' + s.code);
    case 4: return num(0); // ticks of the last bar: set by StockChart for 'T'
    case 5: return num(lastDate);
    case 6: return num(q.prevClose);
    case 7: return num(q.price);
    case 8: return chr(signOf(q.price, q.prevClose, q.upper, q.lower));
    case 9: return num(q.price - q.prevClose);
    case 10: return num(q.volume);
    case 11: return num(q.ask);
    case 12: return num(q.bid);
    case 13: return num(q.open);
    case 14: return num(q.high);
    case 15: return num(q.low);
    case 16: return num(q.valueKrw);
    case 17: return chr('0');
    case 18: return num(s.listedShares);
    case 19: return num(s.listedShares * s.par / 1'000'000);
    case 20: return num(f.yesterday.volume);
    case 21: return num(q.timeHhmmss / 100);
    case 22: return num(q.upper);
    case 23: return num(q.lower);
    default: return {};
    }
}

} // namespace cybos::emu
