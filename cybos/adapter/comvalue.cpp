#include "comvalue.h"
#include "core/domain/ksttime.h"
#include <limits>

namespace cybos::ComValue {

qint64 toInt64(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
        return v.toInt();
    case QMetaType::LongLong:
        return v.toLongLong();
    case QMetaType::UInt:
        return qint64(v.toUInt());
    case QMetaType::Double:
    case QMetaType::Float:
        return qint64(v.toDouble());
    default:
        break;
    }
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (ok)
        return n;
    const double d = v.toDouble(&ok);
    return ok ? qint64(d) : 0;
}

qint64 toUnsigned(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
        return qint64(quint32(v.toInt())); // a UI4 that ActiveQt cast to int (activeqt.md §3)
    case QMetaType::ULongLong:
        return qint64(qMin<quint64>(v.toULongLong(), quint64(std::numeric_limits<qint64>::max())));
    default:
        return qMax<qint64>(0, toInt64(v));
    }
}

char toChar(const QVariant &v)
{
    if (!v.isValid())
        return 0;
    if (v.typeId() == QMetaType::QString) {
        const QString s = v.toString();
        if (s.size() == 1 && s.at(0).unicode() < 128)
            return char(s.at(0).unicode());
        return 0;
    }
    if (v.typeId() == QMetaType::QChar) {
        const QChar c = v.toChar();
        return c.unicode() < 128 ? char(c.unicode()) : char(0);
    }
    // A number is a char code (49 = '1'), never a digit's value: a bare 1 is the control
    // character 1, which no Cybos flag uses.
    const qint64 n = toInt64(v);
    if (n > 32 && n < 127)
        return char(n);
    return 0;
}

Session sessionFromFlag(char flag, Session fallback)
{
    switch (flag) {
    case '1':
    case '3':
        return Session::PreOpen;
    case '2':
        return Session::Regular;
    case '4':
        return Session::AfterHours;
    case '5':
        return Session::Closing;
    default:
        return fallback;
    }
}

Side sideFromFlag(char flag)
{
    if (flag == '1')
        return Side::Buy;
    if (flag == '2')
        return Side::Sell;
    return Side::Unknown;
}

qint64 signedChange(qint64 change, char sign)
{
    const qint64 magnitude = change < 0 ? -change : change;
    switch (sign) {
    case '1':
    case '2':
        return magnitude;
    case '3':
        return 0;
    case '4':
    case '5':
        return -magnitude;
    default:
        return change;
    }
}

qint64 valueUnit(int marketKind)
{
    // KONEX (5) is not in the help's unit table (StockMst 19 / StockCur 10 name only 거래소 만원
    // and 코스닥·프리보드 천원): taken as 천원 like the other non-KOSPI markets, a choice.
    return marketKind == 1 ? 10'000 : 1'000;
}

qint64 instantToday(QTime time, qint64 nowMs)
{
    if (!time.isValid())
        return nowMs;
    const QDate today = Kst::dateOf(nowMs);
    const qint64 t = Kst::toEpochMs(today, time);
    constexpr qint64 kSlackMs = 5 * 60 * 1000; // clocks of Cybos and this PC may differ
    return t > nowMs + kSlackMs ? Kst::toEpochMs(today.addDays(-1), time) : t;
}

QTime timeOfDay(qint64 v)
{
    return v > 2359 ? Kst::fromHhmmss(v) : Kst::fromHhmm(v);
}

} // namespace cybos::ComValue
