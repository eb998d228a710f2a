#pragma once
// CpSysDib.MarketEye: one snapshot of many codes (cybos-api.md §5). Input 0: field id array
// (≤ 64), 1: code array (≤ 200; more is an input error, return 3), 2: '1' trade-price or '2'
// quote-price comparison. Headers 0 #fields, 1 field names, 2 #codes. GetDataValue(pos, i):
// pos is the position in the ascending field-id list (U, as StockChart), i the code index.
// Unknown codes are left out of the reply (U), so read field 0 (code) to match rows.
#include "requestobject.h"

namespace cybos::emu {

struct ListedStock;

class MarketEye : public RequestObject
{
    Q_OBJECT
public:
    using RequestObject::RequestObject;

    static constexpr int kMaxFields = 64;
    static constexpr int kMaxCodes = 200;
    static constexpr int kMaxFieldId = 150;

protected:
    QString inputError() const override;
    void answer() override;
    QVariant headerValue(int index) const override;
    QVariant dataValue(int type, int index) const override;

private:
    QVariant field(int id, const ListedStock &s) const;

    QList<int> m_fields; // ascending
    QList<QVariantList> m_rows;
    bool m_answered = false;
};

// Field ids served (help page MarketEye): 0 code, 1 time hhmm, 2 sign char, 3 change, 4 price,
// 5–7 O/H/L, 8 ask, 9 bid, 10 volume, 11 value in KRW (원), 12 session char ('0' other,
// '1' auction, '2' continuous: U), 13/14 total ask/bid quantity, 17 name, 20 listed shares,
// 22 prior volume, 23 prior close, 24 체결강도 (buy/sell volume × 100, float), 33/34
// upper/lower limit, 67 PER (float), 70 EPS. Fields the help types ulong (1, 10, 13, 14, 22,
// 70) come as int, ulonglong (11, 20) as qulonglong, as ActiveQt delivers VT_UI4 / VT_UI8.
// Other ids up to 150 read 0.
QString marketEyeFieldName(int id);

} // namespace cybos::emu
