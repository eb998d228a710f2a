#include "bar.h"
#include <array>
#include <utility>

namespace cybos {
namespace {
constexpr std::array<std::pair<Interval, const char16_t *>, 10> kNames{{
    {Interval::Min1, u"1m"}, {Interval::Min3, u"3m"}, {Interval::Min5, u"5m"},
    {Interval::Min10, u"10m"}, {Interval::Min15, u"15m"}, {Interval::Min30, u"30m"},
    {Interval::Min60, u"60m"}, {Interval::Day, u"1d"}, {Interval::Week, u"1w"},
    {Interval::Month, u"1mo"},
}};
} // namespace

QString intervalName(Interval i)
{
    for (const auto &[v, name] : kNames) {
        if (v == i)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("1d");
}

std::optional<Interval> intervalFromName(const QString &s)
{
    for (const auto &[v, name] : kNames) {
        if (s == QStringView(name))
            return v;
    }
    return std::nullopt;
}

bool isMinuteInterval(Interval i)
{
    return intervalMinutes(i) > 0;
}

int intervalMinutes(Interval i)
{
    switch (i) {
    case Interval::Min1: return 1;
    case Interval::Min3: return 3;
    case Interval::Min5: return 5;
    case Interval::Min10: return 10;
    case Interval::Min15: return 15;
    case Interval::Min30: return 30;
    case Interval::Min60: return 60;
    default: return 0;
    }
}

} // namespace cybos
