#pragma once
// The bodies of the ingest protocol, shared by the HTTP and WebSocket endpoints.
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include "core/domain/tick.h"
#include "ingestsink.h"
#include <QByteArray>
#include <QJsonObject>

namespace cybos::IngestParse {

struct TickPush {
    QString source;
    TickList ticks;
};
struct StockPush {
    QString source;
    StockList stocks;
};

Result<QJsonObject> object(const QByteArray &json);          // bad_request unless an object
Result<QString> source(const QJsonObject &body);            // the sending instance ("unnamed" when absent)
Result<TickPush> tickPush(const QJsonObject &body);          // {"source","ticks":[…]}
Result<StockPush> stockPush(const QJsonObject &body);        // {"source","stocks":[…]}
QByteArray resultJson(const IngestResult &result);           // the HTTP answer

} // namespace cybos::IngestParse
