#pragma once
// The emulated 10-level order book around a stock's best ask and bid: each level one tick
// further out, none beyond the day's limits, quantities varying with every update of the
// stock (a deterministic function of the code and its update counter).
#include "realtime.h"

namespace cybos::emu {

struct BookLevels {
    static constexpr int kLevels = 10;
    qint64 ask[kLevels] = {}, bid[kLevels] = {};
    qint64 askQty[kLevels] = {}, bidQty[kLevels] = {};
    qint64 totalAsk = 0, totalBid = 0;
};

BookLevels bookOf(const RealtimeEvent &e);

} // namespace cybos::emu
