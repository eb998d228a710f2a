#include "marketeye.h"
#include "emucontext.h"
#include "emuvalues.h"
#include "orderbook.h"
#include "stockfacts.h"
#include <algorithm>

namespace cybos::emu {

QString marketEyeFieldName(int id)
{
    static const QHash<int, QString> names{
        {0, QStringLiteral("종목코드")}, {1, QStringLiteral("시간")}, {2, QStringLiteral("대비부호")},
        {3, QStringLiteral("전일대비")}, {4, QStringLiteral("현재가")}, {5, QStringLiteral("시가")},
        {6, QStringLiteral("고가")}, {7, QStringLiteral("저가")}, {8, QStringLiteral("매도호가")},
        {9, QStringLiteral("매수호가")}, {10, QStringLiteral("거래량")}, {11, QStringLiteral("거래대금")},
        {12, QStringLiteral("장구분")}, {13, QStringLiteral("총매도호가잔량")},
        {14, QStringLiteral("총매수호가잔량")}, {17, QStringLiteral("종목명")},
        {20, QStringLiteral("총상장주식수")}, {22, QStringLiteral("전일거래량")},
        {23, QStringLiteral("전일종가")}, {24, QStringLiteral("체결강도")}, {33, QStringLiteral("상한가")},
        {34, QStringLiteral("하한가")}, {67, QStringLiteral("PER")}, {70, QStringLiteral("EPS")},
    };
    return names.value(id, QStringLiteral("필드%1").arg(id));
}

QString MarketEye::inputError() const
{
    const auto ids = intListInput(input(0));
    if (!ids || ids->isEmpty() || ids->size() > kMaxFields)
        return QStringLiteral("input 0 must be an array of 1 to 64 field ids");
    for (qint64 id : *ids) {
        if (id < 0 || id > kMaxFieldId)
            return QStringLiteral("unknown field id %1").arg(id);
    }
    const auto codes = stringListInput(input(1));
    if (!codes || codes->isEmpty() || codes->size() > kMaxCodes)
        return QStringLiteral("input 1 must be an array of 1 to 200 codes");
    const qint64 mode = input(2).isValid() ? intInput(input(2)).value_or(0) : '1';
    if (mode != '1' && mode != '2')
        return QStringLiteral("input 2 must be the char code '1' or '2'");
    return {};
}

QVariant MarketEye::field(int id, const ListedStock &s) const
{
    EmuContext &ctx = *context();
    const LiveQuote &q = ctx.quote(s);
    const RealtimeEvent e = snapshotEvent(q, '2');
    switch (id) {
    case 0: return QString(u'A' + s.code);
    case 1: return ulongValue(q.timeHhmmss / 100);
    case 2: return chr(signOf(q.price, q.prevClose, q.upper, q.lower));
    case 3: return num(q.price - q.prevClose);
    case 4: return num(q.price);
    case 5: return num(q.open);
    case 6: return num(q.high);
    case 7: return num(q.low);
    case 8: return num(q.ask);
    case 9: return num(q.bid);
    case 10: return ulongValue(q.volume);
    case 11: return ulonglongValue(q.valueKrw); // 원 (help: 단위 원)
    case 12: return chr(ctx.market.session().expectedFlag(ctx.now()));
    case 13: return ulongValue(bookOf(e).totalAsk);
    case 14: return ulongValue(bookOf(e).totalBid);
    case 17: return s.name;
    case 20: return ulonglongValue(s.listedShares);
    case 22: return ulongValue(stockFacts(ctx, s, false).yesterday.volume);
    case 23: return num(q.prevClose);
    case 24: return QVariant(float(q.sellQty ? 100.0 * double(q.buyQty) / double(q.sellQty) : 0.0));
    case 33: return num(q.upper);
    case 34: return num(q.lower);
    case 67: return QVariant(stockFacts(ctx, s, false).per);
    case 70: return ulongValue(stockFacts(ctx, s, false).eps);
    default: return num(0);
    }
}

void MarketEye::answer()
{
    m_fields.clear();
    for (qint64 id : intListInput(input(0)).value_or(QList<qint64>()))
        m_fields.append(int(id));
    std::sort(m_fields.begin(), m_fields.end());
    m_fields.erase(std::unique(m_fields.begin(), m_fields.end()), m_fields.end());
    m_rows.clear();
    for (const QString &code : stringListInput(input(1)).value_or(QStringList())) {
        const ListedStock *s = context()->market.stock(code);
        if (!s)
            continue;
        QVariantList row;
        for (int id : m_fields)
            row.append(field(id, *s));
        m_rows.append(row);
    }
    m_answered = true;
}

QVariant MarketEye::headerValue(int index) const
{
    if (!m_answered)
        return {};
    if (index == 0)
        return num(m_fields.size());
    if (index == 1) {
        QStringList names;
        for (int id : m_fields)
            names.append(marketEyeFieldName(id));
        return names;
    }
    if (index == 2)
        return num(m_rows.size());
    return {};
}

QVariant MarketEye::dataValue(int type, int index) const
{
    if (index < 0 || index >= m_rows.size() || type < 0 || type >= m_fields.size())
        return {};
    return m_rows[index][type];
}

} // namespace cybos::emu
