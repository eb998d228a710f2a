#include "statusjson.h"
#include "core/domain/domainjsonwriter.h"

namespace cybos {
namespace {
void budget(JsonOut &out, const SystemStatus::Budget &b)
{
    out.key("budget").beginObject();
    out.key("requests").beginObject();
    out.field("remaining", b.requests.remaining).field("limit", b.requests.limit);
    out.field("window_ms", b.requests.windowMs).field("reset_in_ms", b.requests.resetInMs);
    out.field("queued", b.queued).endObject();
    out.key("subscriptions").beginObject();
    out.field("used", b.subscriptions.used).field("limit", b.subscriptions.limit).endObject();
    out.endObject();
}

void database(JsonOut &out, const SystemStatus::Database &d)
{
    out.key("database").beginObject();
    out.field("path", d.path).field("size_bytes", d.sizeBytes).field("stocks", d.stocks).field("ticks", d.ticks);
    out.key("oldest_tick").isoTime(d.oldestTickMs);
    out.key("newest_tick").isoTime(d.newestTickMs);
    out.field("committed_seq", d.committedSeq).field("writer_backlog", d.writerBacklog);
    out.field("dropped_ticks", d.droppedTicks);
    out.key("last_error").valueOrNull(d.lastError);
    out.endObject();
}

void forwarder(JsonOut &out, const SystemStatus::Forwarder &f)
{
    out.key("forwarder").beginObject();
    out.field("enabled", f.enabled);
    out.key("state").valueOrNull(f.state);
    out.field("cursor_seq", f.cursorSeq).field("pending", f.pending);
    out.key("last_error").valueOrNull(f.lastError);
    out.endObject();
}
} // namespace

QByteArray statusJson(const SystemStatus &s)
{
    QByteArray body;
    JsonOut out(body);
    out.beginObject().field("version", s.version).field("uptime_s", s.uptimeS).field("backend", backendKindName(s.backend));
    out.key("feed").beginObject().field("connected", s.feed.connected).field("server_type", s.feed.serverType);
    out.key("since").isoTime(s.feed.sinceMs).endObject();
    budget(out, s.budget);
    database(out, s.database);
    out.key("server").beginObject().field("ws_clients", s.server.wsClients);
    out.field("http_requests", s.server.httpRequests);
    out.key("address").valueOrNull(s.server.address).endObject();
    forwarder(out, s.forwarder);
    out.key("rates").beginObject();
    out.key("ticks_per_s").value(s.rates.ticksPerS, 1);
    out.key("stored_per_s").value(s.rates.storedPerS, 1).endObject();
    out.endObject();
    return body;
}

} // namespace cybos
