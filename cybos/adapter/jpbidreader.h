#pragma once
// DsCbo1.StockJpbid2: the ten-level order book on request (help page StrockJpBid2).
// GetDataValue(0, i) ask price, (1, i) bid price, (2, i) ask qty, (3, i) bid qty, i = 0..9;
// headers 3 time hhmm, 4 / 6 total ask / bid quantity.
// DsCbo1.StockJpbid: the same book in realtime, all in headers (cybos-api.md): 0 code, 1 time
// hhmm, levels 1-5 from 3 and 6-10 from 27 in fours (ask, bid, ask qty, bid qty), 23 / 24
// total ask / bid quantity.
#include "core/domain/orderbook.h"

namespace cybos {

class ComObject;

namespace JpbidReader {

inline constexpr const char *kProgId = "DsCbo1.StockJpbid2";
inline constexpr const char *kRealtimeProgId = "DsCbo1.StockJpbid";

void setInputs(ComObject &object, const QString &cybosCode);
OrderBook read(ComObject &object, const QString &code, qint64 nowMs);
OrderBook readRealtime(ComObject &object, const QString &code, qint64 nowMs);

} // namespace JpbidReader
} // namespace cybos
