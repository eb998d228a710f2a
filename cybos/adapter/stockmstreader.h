#pragma once
// DsCbo1.StockMst: one snapshot (cybos-api.md §3). Input 0 is the Cybos code; the answer is
// in the header values.
#include "core/domain/quote.h"

namespace cybos {

class ComObject;

namespace StockMstReader {

inline constexpr const char *kProgId = "DsCbo1.StockMst";

void setInputs(ComObject &object, const QString &cybosCode);
// Empty code in the result: Cybos answered without data (unknown code).
Quote read(ComObject &object, qint64 valueUnit, qint64 nowMs);

} // namespace StockMstReader
} // namespace cybos
