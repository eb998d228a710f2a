#pragma once
// The JSON of the domain types exactly as ../shared/api.md shows them (snake_case fields,
// KST ISO times, null for what is unknown). Written by hand into a byte buffer: a tick is
// serialised once and those bytes go to every WebSocket client that wants it.
// Tick and Stock are also read back from JSON (the relay's ingest of a forwarder's pushes).
#include "domainjsonwriter.h"
#include "core/domain/bar.h"
#include "core/domain/job.h"
#include "core/domain/orderbook.h"
#include "core/domain/quote.h"
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include "core/domain/tick.h"
#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>

namespace cybos::DomainJson {

// Each writes one JSON object at the writer's position.
void write(JsonOut &out, const Tick &tick);
void write(JsonOut &out, const Quote &quote);
void write(JsonOut &out, const Stock &stock);
void write(JsonOut &out, const Bar &bar);
void write(JsonOut &out, const OrderBook &book);
void write(JsonOut &out, const Job &job);

// One object as bytes.
template<typename T>
QByteArray toJson(const T &value)
{
    QByteArray bytes;
    bytes.reserve(512); // a quote or a stock fits: no regrowth on the way
    JsonOut out(bytes);
    write(out, value);
    return bytes;
}

// The WebSocket message {"type":"tick", …Tick}, built once per tick for all clients.
QByteArray tickMessage(const Tick &tick);

// Tick from the JSON above (relay ingest). "time" may be the ISO string or epoch ms; "side"
// may be null. Errors: bad_request naming the field.
Result<Tick> tickFromJson(const QJsonValue &value);
Result<TickList> ticksFromJson(const QJsonArray &array);
// Stock from the JSON of api.md "Stock" (what write(Stock) produces); null fields stay empty.
// Errors: bad_request naming the field.
Result<Stock> stockFromJson(const QJsonValue &value);
Result<StockList> stocksFromJson(const QJsonArray &array);

// The api.md names of the enums, as static ASCII (no allocation on the tick path).
const char *sessionLatin1(Session s);
const char *sideLatin1(Side s);          // nullptr for Unknown
const char *sourceLatin1(QuoteSource s);

} // namespace cybos::DomainJson
