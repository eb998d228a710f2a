#include "domainjson.h"

namespace cybos::DomainJson {
namespace {
void optionalInt(JsonOut &out, const char *name, const std::optional<qint64> &v)
{
    out.key(name);
    if (v)
        out.value(*v);
    else
        out.null();
}

void tickFields(JsonOut &out, const Tick &t)
{
    out.field("seq", t.seq).field("code", t.code);
    out.key("time").isoTime(t.timeMs);
    out.field("price", t.price).field("change", t.change).field("volume", t.volume);
    out.field("cum_volume", t.cumVolume).field("cum_value", t.cumValue);
    optionalInt(out, "ask", givenPrice(t.ask));
    optionalInt(out, "bid", givenPrice(t.bid));
    out.key("side");
    if (const char *side = sideLatin1(t.side))
        out.latin1(side);
    else
        out.null();
    out.key("session").latin1(sessionLatin1(t.session));
    if (!t.source.isEmpty()) // a relay's tick: where it came from (README "Relay")
        out.field("source", t.source).field("source_seq", t.sourceSeq);
}

void bookSide(JsonOut &out, const char *name, const std::array<BookLevel, 10> &levels)
{
    out.key(name).beginArray();
    for (const BookLevel &l : levels)
        out.beginObject().field("price", l.price).field("qty", l.qty).endObject();
    out.endArray();
}
} // namespace

const char *sessionLatin1(Session s)
{
    switch (s) {
    case Session::PreOpen: return "preopen";
    case Session::Regular: return "regular";
    case Session::Closing: return "closing";
    case Session::AfterHours: return "afterhours";
    }
    return "regular";
}

const char *sideLatin1(Side s)
{
    switch (s) {
    case Side::Buy: return "buy";
    case Side::Sell: return "sell";
    case Side::Unknown: break;
    }
    return nullptr;
}

const char *sourceLatin1(QuoteSource s)
{
    return s == QuoteSource::Realtime ? "realtime" : "snapshot";
}

void write(JsonOut &out, const Tick &tick)
{
    out.beginObject();
    tickFields(out, tick);
    out.endObject();
}

QByteArray tickMessage(const Tick &tick)
{
    QByteArray bytes;
    bytes.reserve(320);
    JsonOut out(bytes);
    out.beginObject().key("type").latin1("tick");
    tickFields(out, tick);
    out.endObject();
    return bytes;
}

void write(JsonOut &out, const Quote &q)
{
    out.beginObject().field("code", q.code).field("name", q.name);
    out.key("time").isoTime(q.timeMs);
    out.field("price", q.price).field("change", q.change);
    out.key("change_rate").value(q.changeRate, 2);
    optionalInt(out, "open", q.open);
    optionalInt(out, "high", q.high);
    optionalInt(out, "low", q.low);
    optionalInt(out, "ask", q.ask);
    optionalInt(out, "bid", q.bid);
    out.field("volume", q.volume).field("value", q.value);
    out.field("prev_close", q.prevClose);
    optionalInt(out, "upper_limit", q.upperLimit);
    optionalInt(out, "lower_limit", q.lowerLimit);
    out.key("session").latin1(sessionLatin1(q.session));
    out.key("source").latin1(sourceLatin1(q.source));
    out.field("age_ms", q.ageMs);
    out.endObject();
}

void write(JsonOut &out, const Stock &s)
{
    out.beginObject().field("code", s.code).field("name", s.name);
    out.key("market").valueOrNull(s.market);
    out.key("section").valueOrNull(s.section);
    out.field("kospi200", s.kospi200);
    out.key("control_kind").valueOrNull(s.controlKind);
    out.field("supervision", s.supervision);
    out.key("status").valueOrNull(s.status);
    out.key("listed_date");
    if (s.listedDate && s.listedDate->isValid())
        out.value(s.listedDate->toString(Qt::ISODate));
    else
        out.null();
    optionalInt(out, "par_price", s.parPrice);
    optionalInt(out, "std_price", s.stdPrice);
    optionalInt(out, "upper_limit", s.upperLimit);
    optionalInt(out, "lower_limit", s.lowerLimit);
    optionalInt(out, "prev_close", s.prevClose);
    out.key("updated_at").isoTime(s.updatedAt.isValid() ? s.updatedAt.toMSecsSinceEpoch() : 0);
    out.endObject();
}

void write(JsonOut &out, const Bar &b)
{
    out.beginObject();
    out.key("time").isoTime(b.timeMs);
    out.field("open", b.open).field("high", b.high).field("low", b.low).field("close", b.close);
    out.field("volume", b.volume).field("value", b.value);
    out.endObject();
}

void write(JsonOut &out, const OrderBook &book)
{
    out.beginObject().field("code", book.code);
    out.key("time").isoTime(book.timeMs);
    bookSide(out, "asks", book.asks);
    bookSide(out, "bids", book.bids);
    out.field("total_ask_qty", book.totalAskQty).field("total_bid_qty", book.totalBidQty);
    out.endObject();
}

void write(JsonOut &out, const Job &job)
{
    out.beginObject().field("id", job.id).field("kind", jobKindName(job.kind)).field("state", jobStateName(job.state));
    out.key("progress").beginObject().field("done", job.done).field("total", job.total).endObject();
    out.key("started_at").isoTime(job.startedAtMs);
    out.key("finished_at").isoTime(job.finishedAtMs);
    out.key("error").valueOrNull(job.error);
    out.endObject();
}

} // namespace cybos::DomainJson
