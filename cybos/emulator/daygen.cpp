#include "daygen.h"
#include "calendar.h"
#include "core/domain/krxrules.h"
#include "emurandom.h"
#include "sessionclock.h"
#include <algorithm>
#include <cmath>

namespace cybos::emu {
namespace {

struct Limits {
    qint64 lower, upper;
    qint64 clamp(qint64 p) const { return std::clamp(p, lower, upper); }
};

// A Brownian bridge in log price from open to close over n steps, snapped to ticks.
std::vector<qint64> pricePath(quint64 base, int n, qint64 open, qint64 close, double sigma,
                              const Limits &lim)
{
    std::vector<double> walk(size_t(n) + 1, 0.0);
    const double step = sigma / std::sqrt(double(n)) * 1.3;
    for (int k = 1; k <= n; ++k)
        walk[size_t(k)] = walk[size_t(k) - 1] + step * gaussOf(hashOf(base, 100 + k));
    const double lo = std::log(double(open)), lc = std::log(double(close));
    std::vector<qint64> path(size_t(n) + 1);
    for (int k = 0; k <= n; ++k) {
        const double t = double(k) / n;
        const double bridge = walk[size_t(k)] - t * walk[size_t(n)];
        path[size_t(k)] = lim.clamp(nearestTick(std::exp(lo + t * (lc - lo) + bridge)));
    }
    path.front() = open;
    path.back() = close;
    return path;
}

// Intraday volume profile over n minutes, normalised to sum to 1: heavy after the open,
// lighter at noon, rising into the close.
std::vector<double> makeProfile(int n)
{
    std::vector<double> w(size_t(n), 0.0);
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        const double x = (i + 0.5) / n;
        w[size_t(i)] = 0.6 + 1.8 * std::exp(-8.0 * x) + 0.8 * std::exp(-10.0 * (1.0 - x));
        sum += w[size_t(i)];
    }
    for (double &v : w)
        v /= sum;
    return w;
}

// Sessions last 380 continuous minutes, or 320 on the year's first day (opening at 10:00).
const std::vector<double> &profile(int n)
{
    static const std::vector<double> regular = makeProfile(380), shortDay = makeProfile(320);
    return n == 380 ? regular : shortDay;
}

void splitSides(EmuBar &bar, quint64 h)
{
    bar.sellQty = std::llround(double(bar.volume) * (0.3 + 0.4 * unitOf(h)));
    bar.buyQty = bar.volume - bar.sellQty;
}

EmuBar minuteBar(quint64 h, qint64 o, qint64 c, const Limits &lim)
{
    EmuBar b;
    b.open = o;
    b.close = c;
    b.high = std::max(o, c);
    b.low = std::min(o, c);
    if ((h & 3) == 0)
        b.high = lim.clamp(Krx::tickUp(b.high));
    if (((h >> 2) & 3) == 0)
        b.low = lim.clamp(Krx::tickDown(b.low));
    return b;
}

} // namespace

void mergeBar(EmuBar &into, const EmuBar &bar)
{
    if (into.open == 0) {
        const int date = into.date ? into.date : bar.date;
        into = bar;
        into.date = date;
        return;
    }
    into.high = std::max(into.high, bar.high);
    into.low = std::min(into.low, bar.low);
    into.close = bar.close;
    into.time = bar.time;
    into.volume += bar.volume;
    into.valueKrw += bar.valueKrw;
    into.sellQty += bar.sellQty;
    into.buyQty += bar.buyQty;
}

qint64 nearestTick(double price)
{
    const qint64 p = std::max<qint64>(1, std::llround(price));
    // Band boundaries are multiples of both neighbouring ticks, so down + tick is always valid.
    const qint64 tick = Krx::tickSize(p);
    const qint64 down = p - p % tick;
    return p - down <= tick / 2 ? down : down + tick;
}

std::vector<EmuBar> generateDay(const DayInput &in)
{
    const Limits lim{Krx::lowerLimit(in.prevClose), Krx::upperLimit(in.prevClose)};
    const quint64 base = hashOf(in.key, quint64(ymd(in.date)));
    const int open = openSecond(in.date);
    const int n = (SessionClock::kClosingAuction - open) / 60;
    const qint64 openPx =
        lim.clamp(nearestTick(double(in.prevClose) * std::exp(0.006 * gaussOf(hashOf(base, 1)))));
    const std::vector<qint64> path = pricePath(base, n, openPx, in.close, in.sigma, lim);
    const double dayValue = in.dayValueKrw * std::exp(0.35 * gaussOf(hashOf(base, 3)));
    const double shares = dayValue / double(in.close);
    const std::vector<double> &weights = profile(n);
    std::vector<EmuBar> bars;
    bars.reserve(size_t(n) + 1);
    const int date = int(ymd(in.date));
    for (int i = 0; i < n; ++i) {
        const quint64 h = hashOf(base, 1000 + i);
        EmuBar b = minuteBar(h, path[size_t(i)], path[size_t(i) + 1], lim);
        b.date = date;
        b.time = hhmm(open + (i + 1) * 60);
        const double w = weights[size_t(i)] * 0.96;
        b.volume = std::max<qint64>(1, std::llround(shares * w * (0.5 + unitOf(hashOf(h, 7)))));
        for (const EmuBar &t : ticksOfMinute(b)) { // a minute is what its ticks traded
            b.valueKrw += t.valueKrw;
            b.sellQty += t.sellQty;
            b.buyQty += t.buyQty;
        }
        bars.push_back(b);
    }
    EmuBar auction;
    auction.date = date;
    auction.time = hhmm(SessionClock::kClose);
    auction.open = auction.high = auction.low = auction.close = in.close;
    auction.volume = std::max<qint64>(1, std::llround(shares * 0.04 * (0.5 + unitOf(hashOf(base, 5)))));
    auction.valueKrw = auction.volume * in.close;
    splitSides(auction, hashOf(base, 6));
    bars.push_back(auction);
    return bars;
}

std::vector<EmuBar> ticksOfMinute(const EmuBar &m)
{
    const bool highFirst = (m.volume & 1) == 0;
    const qint64 prices[4] = {m.open, highFirst ? m.high : m.low, highFirst ? m.low : m.high, m.close};
    const int count = int(std::min<qint64>(4, m.volume));
    std::vector<EmuBar> ticks;
    qint64 left = m.volume;
    for (int i = 4 - count; i < 4; ++i) {
        EmuBar t = m;
        t.open = t.high = t.low = t.close = prices[i];
        t.volume = i == 3 ? left : m.volume / count;
        left -= t.volume;
        t.valueKrw = t.volume * t.close;
        t.sellQty = i % 2 ? t.volume : 0;
        t.buyQty = t.volume - t.sellQty;
        ticks.push_back(t);
    }
    return ticks;
}

} // namespace cybos::emu
