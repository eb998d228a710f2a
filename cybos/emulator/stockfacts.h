#pragma once
// Per-stock figures several objects report (StockMst, MarketEye, StockChart headers):
// the previous day, the 52-week range and fundamentals. Fundamentals are plausible values
// derived from the code (the listing gives none), identical in every run.
#include "daygen.h"
#include <QtGlobal>

namespace cybos::emu {

class EmuContext;
struct ListedStock;

struct StockFacts {
    EmuBar yesterday;             // the previous trading day's bar
    qint64 high52 = 0, low52 = 0; // 52-week high/low (250 trading days before today)
    int high52Date = 0, low52Date = 0;
    float per = 0;
    qint64 eps = 0, bps = 0;
    qint64 foreignHolding = 0;    // shares held by foreigners
    float creditRatio = 0;        // 신용잔고율, %
    QString sectorCode;           // Daishin sector code, "0NN"
    int industryCode = 0;         // KRX industry code
};

// withRange: also compute the 52-week range (reads ~250 generated days).
StockFacts stockFacts(EmuContext &ctx, const ListedStock &s, bool withRange);

} // namespace cybos::emu
