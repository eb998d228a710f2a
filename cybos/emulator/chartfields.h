#pragma once
// StockChart's field ids (input 5) and the header block (cybos-api.md §4): the value of a
// field in one row, the field names of header 2, and headers 0–23 (header 16, the day's value,
// in won like field 9).
#include "chartcursor.h"
#include <QStringList>
#include <QVariant>

namespace cybos::emu {

class EmuContext;
struct StockFacts;

// Field ids served: 0 date, 1 time hhmm, 2–5 OHLC, 6 change vs the previous close (the
// previous bar for D/W/M, the day's base for m/T: U), 8 volume, 9 value (won: the help gives no unit, §0b),
// 10/11 cumulative sell/buy quantity within the day (m/T; 0 otherwise), 12 listed shares,
// 13 market cap (KRW, U), 14–17 foreign limit/orderable/holding/ratio, 18/19 adjustment date
// and ratio (0: no corporate actions), 20/21 institutional net buying (0), 25 turnover %,
// 37 sign char. Other ids are accepted and read 0.
constexpr int kMaxChartFieldId = 60;

QVariant chartField(int id, const ChartRow &row, const ListedStock &s, const StockFacts &facts);
QString chartFieldName(int id);
QVariant chartHeader(int index, EmuContext &ctx, const ListedStock &s, const StockFacts &facts);

} // namespace cybos::emu
