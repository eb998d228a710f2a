#pragma once
// Dscbo1.StockCur: one realtime trade, read from the header values inside Received
// (cybos-api.md §5). Called up to 100k times a second on the COM thread, so it reads only
// the headers a Tick needs and allocates nothing beyond the Tick.
#include "core/domain/tick.h"

namespace cybos {

class ComObject;

namespace StockCurReader {

inline constexpr const char *kProgId = "Dscbo1.StockCur";

void setInputs(ComObject &object, const QString &cybosCode);
// False for an expected-price update of an auction (header 19 = '1'): not a trade.
// tick.code must already hold the canonical code; tick.timeMs is set to `nowMs`, the
// receipt instant, because Cybos gives only hhmmss (header 18), without a date or millis.
bool read(ComObject &object, qint64 valueUnit, qint64 nowMs, Tick &tick);

} // namespace StockCurReader
} // namespace cybos
