#pragma once
// Stock from the JSON of api.md "Stock" (what DomainJson::write(Stock) produces): the relay
// reads the stock master its source's forwarder pushes. Null fields stay empty.
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include <QJsonArray>
#include <QJsonValue>

namespace cybos::StockJson {

Result<Stock> fromJson(const QJsonValue &value);   // errors: bad_request naming the field
Result<StockList> listFromJson(const QJsonArray &array);

} // namespace cybos::StockJson
