#include "krxrules.h"
#include <array>

namespace cybos::Krx {
namespace {
struct Band {
    qint64 below;
    qint64 tick;
};
constexpr std::array<Band, 6> kBands{{
    {2'000, 1}, {5'000, 5}, {20'000, 10}, {50'000, 50}, {200'000, 100}, {500'000, 500},
}};
constexpr qint64 kTopTick = 1'000;
} // namespace

qint64 tickSize(qint64 price)
{
    for (const Band &b : kBands) {
        if (price < b.below)
            return b.tick;
    }
    return kTopTick;
}

bool isOnTick(qint64 price)
{
    return price > 0 && price % tickSize(price) == 0;
}

qint64 floorToTick(qint64 price)
{
    if (price <= 1)
        return 1;
    return price - price % tickSize(price);
}

qint64 ceilToTick(qint64 price)
{
    if (price <= 1)
        return 1;
    const qint64 floor = floorToTick(price);
    if (floor == price)
        return price;
    // The next tick above floor may fall in the next band; tickUp handles that.
    return tickUp(floor);
}

qint64 tickUp(qint64 price)
{
    const qint64 next = price + tickSize(price);
    return floorToTick(next) > price ? floorToTick(next) : next;
}

qint64 tickDown(qint64 price)
{
    if (price <= 1)
        return 1;
    // The tick below a band boundary belongs to the lower band: 2,000 → 1,999.
    return floorToTick(price - 1);
}

qint64 upperLimit(qint64 base)
{
    return floorToTick(base + base * 3 / 10);
}

qint64 lowerLimit(qint64 base)
{
    const qint64 raw = base - base * 3 / 10; // base*0.7 rounded up (integer division floors base*0.3)
    return ceilToTick(raw);
}

} // namespace cybos::Krx
