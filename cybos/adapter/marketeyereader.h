#pragma once
// CpSysDib.MarketEye: snapshots of up to 200 codes in one request (cybos-api.md §5).
// Input 0 the field ids, 1 the codes, 2 '1' (trade-price comparison). GetDataValue(pos, i)
// reads field position `pos` — positions follow the ascending field ids — of code i.
#include "core/domain/quote.h"
#include <QStringList>

namespace cybos {

class ComObject;

namespace MarketEyeReader {

inline constexpr const char *kProgId = "CpSysDib.MarketEye";
inline constexpr int kMaxCodes = 200;

void setInputs(ComObject &object, const QStringList &cybosCodes);
// Codes Cybos did not answer are absent. Field 11 (value) is in KRW already.
QuoteList read(ComObject &object, qint64 nowMs);

} // namespace MarketEyeReader
} // namespace cybos
