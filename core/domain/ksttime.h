#pragma once
// Korean Standard Time (UTC+9, no daylight saving) conversions and the ISO 8601 form of the
// API: "2026-11-26T09:00:01.123+09:00". Query parameters also accept a date (start of day KST)
// or epoch milliseconds.
#include "result.h"
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace cybos::Kst {

constexpr int kOffsetSeconds = 9 * 3600;

qint64 nowMs();                                   // current instant, epoch ms
QString toIso(qint64 epochMs);                    // "…+09:00", millisecond precision
QDate dateOf(qint64 epochMs);                     // KST calendar date of an instant
QTime timeOf(qint64 epochMs);                     // KST wall-clock time of an instant
qint64 toEpochMs(QDate date, QTime time = QTime(0, 0)); // KST wall clock → instant
QDateTime toDateTime(qint64 epochMs);             // QDateTime in KST offset
QDate today();                                    // today's KST date

// Parse an API time parameter: ISO 8601 with an offset (or 'Z'), a date, or epoch ms.
Result<qint64> parse(const QString &text);

// Cybos encodings: yyyymmdd (long), hhmm and hhmmss (long).
QDate fromYmd(qint64 yyyymmdd);
qint64 toYmd(QDate date);
QTime fromHhmm(qint64 hhmm);
QTime fromHhmmss(qint64 hhmmss);

} // namespace cybos::Kst
