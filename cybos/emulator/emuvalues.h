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

// Trade VALUE fields (StockMst 19, StockCur 10, MarketEye 11, StockChart 9) are reported in
// Cybos units: KOSPI in 만원 (10,000 KRW), KOSDAQ and KONEX in 천원 (1,000 KRW) — the fact
// sheet's reading of Daishin's help (U whether still true). The emulator keeps KRW and
// reports floor(KRW / unit); the adapter multiplies back.
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
