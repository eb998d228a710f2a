#pragma once
// KRX price rules (../shared/cybos-api.md §7): the tick-size table in force since 2023-01-25
// (KOSPI, KOSDAQ and KONEX alike) and the ±30 % daily limit truncated to a valid tick.
#include <QtGlobal>

namespace cybos::Krx {

// Tick size for a price level: <2,000 → 1; <5,000 → 5; <20,000 → 10; <50,000 → 50;
// <200,000 → 100; <500,000 → 500; otherwise 1,000.
qint64 tickSize(qint64 price);

// Is price a valid quotation (positive and a multiple of its tick size)?
bool isOnTick(qint64 price);

// Round a raw price down/up to the nearest valid tick.
qint64 floorToTick(qint64 price);
qint64 ceilToTick(qint64 price);

// One tick up / down from a valid price (the step changes at table boundaries).
qint64 tickUp(qint64 price);
qint64 tickDown(qint64 price);

// Daily limits from the base price (usually the previous close): base × 1.3 truncated down
// to a tick, base × 0.7 rounded up to a tick, so both limits are valid prices inside ±30 %.
qint64 upperLimit(qint64 base);
qint64 lowerLimit(qint64 base);

} // namespace cybos::Krx
