#pragma once
// The column list of stocks and the conversions between a row and a Stock.
#include "core/domain/stock.h"
#include <QSqlQuery>

namespace cybos::StockRows {

QString columns();                          // in the order bind() and read() use
QString placeholders();                     // "?, ?, …" for columns()
void bind(QSqlQuery &query, const Stock &stock, qint64 nowMs);
Stock read(const QSqlQuery &query);         // the current row, selected with columns()

} // namespace cybos::StockRows
