#include "history.h"
#include "calendar.h"
#include "core/domain/krxrules.h"
#include "emurandom.h"
#include "listing.h"
#include <algorithm>
#include <cmath>

namespace cybos::emu {
namespace {
constexpr int kMaxCachedSeries = 512; // bounded caches: dropped whole when full, regenerated
constexpr int kMaxCachedDayStocks = 64;
constexpr qint64 kMinPrice = 50;

qint64 forward(qint64 prev, double r)
{
    const qint64 c = std::max(kMinPrice, nearestTick(double(prev) * std::exp(r)));
    return std::clamp(c, Krx::lowerLimit(prev), Krx::upperLimit(prev));
}

// The previous close such that `close` lies within its limits.
qint64 backward(qint64 close, double r)
{
    const qint64 p = std::max(kMinPrice, nearestTick(double(close) / std::exp(r)));
    if (close > Krx::upperLimit(p) || close < Krx::lowerLimit(p))
        return close;
    return p;
}
} // namespace

int History::firstDay(const ListedStock &s) const
{
    const TradingCalendar &cal = TradingCalendar::instance();
    const QDate listed(s.listedDate / 10000, s.listedDate / 100 % 100, s.listedDate % 100);
    return std::max(0, cal.indexOnOrBefore(listed.addDays(-1)) + 1);
}

double History::dayReturn(const ListedStock &s, int day) const
{
    const QDate d = TradingCalendar::instance().at(day);
    const double g = gaussOf(hashOf(m_seed, s.key, quint64(ymd(d)), 1));
    return std::clamp(g * s.dailySigma, -0.12, 0.12);
}

const std::vector<qint64> &History::series(const ListedStock &s, int upTo)
{
    auto it = m_closes.find(s.key);
    if (it == m_closes.end()) {
        if (m_closes.size() >= kMaxCachedSeries)
            m_closes.clear();
        const int first = firstDay(s);
        const int anchor = TradingCalendar::instance().indexOf(QDate(2024, 5, 13));
        std::vector<qint64> closes(size_t(anchor - first + 2));
        closes.back() = s.anchorClose;
        for (int day = anchor; day >= first; --day) {
            const size_t i = size_t(day - first + 1);
            closes[i - 1] = backward(closes[i], dayReturn(s, day));
        }
        it = m_closes.insert(s.key, std::move(closes));
    }
    std::vector<qint64> &closes = it.value();
    const int first = firstDay(s);
    const int last = std::min(upTo, TradingCalendar::instance().count() - 1);
    for (int day = first - 1 + int(closes.size()); day <= last; ++day)
        closes.push_back(forward(closes.back(), dayReturn(s, day)));
    return closes;
}

qint64 History::close(const ListedStock &s, int day)
{
    const int first = firstDay(s);
    day = std::max(day, first - 1);
    return series(s, day)[size_t(day - first + 1)];
}

DayInput History::input(const ListedStock &s, int day)
{
    DayInput in;
    in.key = hashOf(m_seed, s.key);
    in.date = TradingCalendar::instance().at(day);
    in.prevClose = close(s, day - 1);
    in.close = close(s, day);
    in.dayValueKrw = s.dayValueKrw;
    in.sigma = s.dailySigma;
    return in;
}

std::vector<EmuBar> History::minutes(const ListedStock &s, int day)
{
    return generateDay(input(s, std::max(day, firstDay(s))));
}

EmuBar History::dayBar(const ListedStock &s, int day)
{
    day = std::max(day, firstDay(s));
    auto it = m_days.find(s.key);
    if (it == m_days.end()) {
        if (m_days.size() >= kMaxCachedDayStocks)
            m_days.clear();
        it = m_days.insert(s.key, {});
    }
    const auto cached = it->constFind(day);
    if (cached != it->constEnd())
        return *cached;
    EmuBar bar;
    bar.date = int(ymd(TradingCalendar::instance().at(day)));
    for (const EmuBar &m : minutes(s, day))
        mergeBar(bar, m);
    bar.time = 0;
    it->insert(day, bar);
    return bar;
}

} // namespace cybos::emu
