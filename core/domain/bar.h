#pragma once
// One chart bar. Daily/weekly/monthly bars are stamped 00:00 KST of their date; minute bars
// carry the hhmm Cybos gives them (the bar's closing minute), as a KST instant.
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace cybos {

enum class Interval { Min1, Min3, Min5, Min10, Min15, Min30, Min60, Day, Week, Month };

QString intervalName(Interval i);                            // "1m" ... "1d", "1w", "1mo"
std::optional<Interval> intervalFromName(const QString &s);
bool isMinuteInterval(Interval i);
int intervalMinutes(Interval i);                             // 1..60 for minute intervals, else 0

struct Bar {
    qint64 timeMs = 0;
    qint64 open = 0, high = 0, low = 0, close = 0;
    qint64 volume = 0;
    qint64 value = 0; // KRW

    bool operator==(const Bar &) const = default;
};

using BarList = QList<Bar>;

} // namespace cybos

Q_DECLARE_METATYPE(cybos::Bar)
