#include "stockcode.h"

namespace cybos::StockCode {
namespace {

bool isDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

// KRX short codes: six characters, digits with an optional letter in the last places
// (e.g. "00088K", "0126Z0" for newer listings).
bool isKrxShort(QStringView s)
{
    if (s.size() != 6 || !isDigits(s.first(3)))
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

} // namespace

Result<QString> normalize(const QString &input)
{
    const QString s = input.trimmed().toUpper();
    if (s.isEmpty())
        return makeError(ErrorCode::InvalidCode, QStringLiteral("empty stock code"));
    if (s.size() > 12)
        return makeError(ErrorCode::InvalidCode, QStringLiteral("stock code too long"));
    if (isKrxShort(s))
        return s;
    if (s.size() == 7 && s.startsWith(u'A') && isKrxShort(QStringView(s).mid(1)))
        return s.mid(1);
    if (s.size() == 7 && (s.startsWith(u'Q') || s.startsWith(u'J')) && isKrxShort(QStringView(s).mid(1)))
        return s;
    if (s.size() == 4 && s.startsWith(u'U') && isDigits(QStringView(s).mid(1)))
        return s;
    return makeError(ErrorCode::InvalidCode,
                     QStringLiteral("'%1' is not a stock code: expected 6 characters like 005930 "
                                    "(or A005930, Q500001, U001)").arg(input.left(20)));
}

QString toCybos(const QString &canonical)
{
    if (canonical.size() == 6)
        return u'A' + canonical;
    return canonical;
}

QString fromCybos(const QString &cybosCode)
{
    if (cybosCode.size() == 7 && cybosCode.startsWith(u'A'))
        return cybosCode.mid(1);
    return cybosCode;
}

} // namespace cybos::StockCode
