#pragma once
// format=csv of the row endpoints: a header row with the JSON field names, then one row per
// item; times in the API's ISO form, null as an empty cell.
#include "core/domain/bar.h"
#include "core/domain/quote.h"
#include "core/domain/stock.h"
#include "core/domain/tick.h"
#include <QByteArray>

namespace cybos::Csv {

QByteArray ticks(const TickList &ticks);
QByteArray bars(const BarList &bars);
QByteArray stocks(const StockList &stocks);
QByteArray quotes(const QuoteList &quotes);

} // namespace cybos::Csv
