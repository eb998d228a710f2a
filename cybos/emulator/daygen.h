#pragma once
// Deterministic generation of one trading day of a stock: its 1-minute bars, from which the
// day's OHLCV is aggregated, so minute bars always add up to their day.
#include <QDate>
#include <vector>

namespace cybos::emu {

// One bar as the emulator keeps it. Values are KRW; Cybos units are applied on output.
struct EmuBar {
    int date = 0;      // yyyymmdd
    int time = 0;      // hhmm of the bar's closing minute (09:00:xx trades → 901); 0 for days
    qint64 open = 0, high = 0, low = 0, close = 0;
    qint64 volume = 0;
    qint64 valueKrw = 0;
    qint64 sellQty = 0; // seller-initiated volume
    qint64 buyQty = 0;  // buyer-initiated volume
};

// Fold `bar` (later in time) into `into`; an empty `into` (volume 0, open 0) becomes `bar`.
void mergeBar(EmuBar &into, const EmuBar &bar);

// The nearest valid KRX tick to a raw price (never below 1).
qint64 nearestTick(double price);

struct DayInput {
    quint64 key = 0;        // hash of (seed, code)
    QDate date;
    qint64 prevClose = 0;   // base of the day's ±30 % limits
    qint64 close = 0;       // the day's close, from the daily walk
    double dayValueKrw = 0; // typical traded value
    double sigma = 0.02;    // typical daily spread
};

// 1-minute bars of the day: continuous session minutes from the open to 15:20 (labels
// 901 … 1520, or 1001 … on the year's first day), then the closing-auction bar 1530. Every
// price is a valid tick within the day's limits; the first open is the day's open, the last
// close is `close`.
std::vector<EmuBar> generateDay(const DayInput &in);

// A minute bar as up to four ticks (open, extremes, close): what the minute traded. 'T' charts
// show them and the day path (daypath.h) trades them live; a minute's value and buy/sell
// volumes are their sums.
std::vector<EmuBar> ticksOfMinute(const EmuBar &minute);

} // namespace cybos::emu
