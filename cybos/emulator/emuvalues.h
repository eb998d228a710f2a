#pragma once
// How the emulated objects type their values and read their inputs, like Cybos through COM:
// strings are QString (BSTR), numbers int (VT_I4) when they fit and qlonglong (VT_I8)
// otherwise, char flags their numeric char code (int('2') == 50), arrays QVariantList.
#include <QStringList>
#include <QVariant>
#include <limits>
#include <optional>

namespace cybos::emu {

inline QVariant num(qint64 v)
{
    if (v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max())
        return QVariant(int(v));
    return QVariant(qlonglong(v));
}

inline QVariant chr(char c)
{
    return QVariant(int(c));
}

// Fields the help types ulong / ulonglong (MarketEye) as ActiveQt hands them over
// (../shared/activeqt.md §3): a VT_UI4 becomes an int by a cast, so from 2^31 up it reads
// negative; a VT_UI8 a qulonglong.
inline QVariant ulongValue(qint64 v)
{
    return QVariant(int(quint32(v)));
}

inline QVariant ulonglongValue(qint64 v)
{
    return QVariant(qulonglong(v));
}

// Trade VALUE fields StockMst 19 and StockCur 10 are in the units of the help's table:
// 거래소 (KOSPI) 만원 = 10,000 KRW, 코스닥 천원 = 1,000 KRW. KONEX is not in the table: the
// emulator takes 천원, a choice. MarketEye 11 is in KRW (원) on every market. The emulator
// keeps KRW and reports floor(KRW / unit); the adapter multiplies back.
inline qint64 valueUnit(int market)
{
    return market == 1 ? 10'000 : 1'000;
}

inline qint64 cybosValue(qint64 krw, int market)
{
    return krw / valueUnit(market);
}

// Sign codes: '1' upper limit, '2' up, '3' unchanged, '4' lower limit, '5' down.
inline char signOf(qint64 price, qint64 base, qint64 upper, qint64 lower)
{
    if (price == base || price == 0)
        return '3';
    if (price > base)
        return price >= upper ? '1' : '2';
    return price <= lower ? '4' : '5';
}

// Inputs as SetInputValue received them. Numbers and char codes must be numeric VARIANTs: a
// string "2" would reach Cybos as a BSTR and coerce to char 2, not '2', so it is refused.
std::optional<qint64> intInput(const QVariant &v);
std::optional<QString> stringInput(const QVariant &v);
std::optional<QList<qint64>> intListInput(const QVariant &v); // an array, or one number
std::optional<QStringList> stringListInput(const QVariant &v); // an array, or one string

} // namespace cybos::emu
