#include "ksttime.h"
#include <QTimeZone>

namespace cybos::Kst {
namespace {
const QTimeZone &kst()
{
    static const QTimeZone zone(kOffsetSeconds);
    return zone;
}

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return !s.isEmpty();
}
} // namespace

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime toDateTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, kst());
}

QString toIso(qint64 epochMs)
{
    // Qt writes "+09:00" for a fixed-offset zone with Qt::ISODateWithMs.
    return toDateTime(epochMs).toString(Qt::ISODateWithMs);
}

QDate dateOf(qint64 epochMs)
{
    return toDateTime(epochMs).date();
}

QTime timeOf(qint64 epochMs)
{
    return toDateTime(epochMs).time();
}

qint64 toEpochMs(QDate date, QTime time)
{
    return QDateTime(date, time, kst()).toMSecsSinceEpoch();
}

QDate today()
{
    return dateOf(nowMs());
}

Result<qint64> parse(const QString &text)
{
    const QString s = text.trimmed();
    if (allDigits(s) && s.size() >= 9 && s.size() <= 15)
        return s.toLongLong();
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            return toEpochMs(d);
    }
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (dt.isValid() && s.size() > 10) {
        if (dt.timeSpec() == Qt::LocalTime) // no offset given: the API's wall clock is KST
            dt = QDateTime(dt.date(), dt.time(), kst());
        return dt.toMSecsSinceEpoch();
    }
    return makeError(ErrorCode::BadRequest,
                     QStringLiteral("'%1' is not a time: use 2026-11-26T09:00:00+09:00, "
                                    "2026-11-26 or epoch milliseconds").arg(text.left(40)));
}

QDate fromYmd(qint64 yyyymmdd)
{
    return QDate(int(yyyymmdd / 10000), int(yyyymmdd / 100 % 100), int(yyyymmdd % 100));
}

qint64 toYmd(QDate date)
{
    return qint64(date.year()) * 10000 + date.month() * 100 + date.day();
}

QTime fromHhmm(qint64 hhmm)
{
    return QTime(int(hhmm / 100), int(hhmm % 100));
}

QTime fromHhmmss(qint64 hhmmss)
{
    return QTime(int(hhmmss / 10000), int(hhmmss / 100 % 100), int(hhmmss % 100));
}

} // namespace cybos::Kst
