#pragma once
// How prices, changes, volumes and times look everywhere in the UI: thousands separators,
// KST times, and the Korean market colours (rise red, fall blue, unchanged neutral).
#include <QColor>
#include <QString>
#include <QVariant>

namespace cybos::QuoteFormat {

QString price(qint64 krw);                       // "71,500"
QString number(qint64 n);                        // "1,234,567"
// "▲ 1,500", "▼ 800", "0"; the arrows become ↑ / ↓ at the daily limits (when known).
QString change(qint64 change, qint64 price = 0, qint64 upperLimit = 0, qint64 lowerLimit = 0);
QString rate(double percent);                    // "+2.14%", "-0.45%", "0.00%"
QString valueMillions(qint64 krw);               // trade value in millions of KRW, "12,345"
QString time(qint64 epochMs);                    // "09:00:01" in KST, "" for 0
QString dateTime(qint64 epochMs);                // "2026-11-26 09:00:01" in KST, "" for 0
QString bytes(qint64 n);                         // "12.3 MB"
// A chart bar's time in KST: "12-04 09:31" for intraday bars, "2026-12-04" for longer ones;
// `brief` drops the date of an intraday bar ("09:31") or the day of a longer one ("2026-12").
QString barTime(qint64 epochMs, bool intraday, bool brief = false);

QColor riseColor();
QColor fallColor();
QColor riseFlash();                              // background of a row that just ticked up
QColor fallFlash();
// Foreground for a signed change: rise red, fall blue, unchanged → invalid (the view's default).
QVariant directionBrush(qint64 change);

} // namespace cybos::QuoteFormat
