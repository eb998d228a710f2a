#include "prometheus.h"

namespace cybos {
namespace {
class Writer
{
public:
    explicit Writer(QByteArray &out) : m_out(out) {}

    void family(const char *name, const char *type, const char *help)
    {
        m_out += "# HELP cybos_" + QByteArray(name) + ' ' + help + "\n# TYPE cybos_" + name + ' ' + type + '\n';
    }
    void sample(const char *name, double value, const QByteArray &labels = {})
    {
        m_out += "cybos_" + QByteArray(name);
        if (!labels.isEmpty())
            m_out += '{' + labels + '}';
        m_out += ' ' + QByteArray::number(value, 'g', 15) + '\n';
    }
    void gauge(const char *name, const char *help, double value)
    {
        family(name, "gauge", help);
        sample(name, value);
    }
    void counter(const char *name, const char *help, double value)
    {
        family(name, "counter", help);
        sample(name, value);
    }

private:
    QByteArray &m_out;
};

QByteArray label(const char *name, const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return QByteArray(name) + "=\"" + v + '"';
}

void writeStatus(Writer &w, const SystemStatus &s)
{
    w.family("info", "gauge", "Version and backend of this server.");
    w.sample("info", 1, label("version", s.version) + ',' + label("backend", backendKindName(s.backend)));
    w.gauge("uptime_seconds", "Seconds since start.", double(s.uptimeS));
    w.gauge("feed_connected", "1 while the market feed is connected.", s.feed.connected ? 1 : 0);
    w.gauge("feed_server_type", "Cybos ServerType (0 none, 1 CybosPlus, 2 HTS).", s.feed.serverType);
    w.gauge("budget_requests_remaining", "Quote requests left in the current window.", s.budget.requests.remaining);
    w.gauge("budget_requests_limit", "Quote requests allowed per window.", s.budget.requests.limit);
    w.gauge("budget_reset_seconds", "Seconds until the request window resets.", s.budget.requests.resetInMs / 1000.0);
    w.gauge("subscriptions_used", "Realtime subscriptions in use.", s.budget.subscriptions.used);
    w.gauge("subscriptions_limit", "Realtime subscriptions allowed.", s.budget.subscriptions.limit);
    w.gauge("database_size_bytes", "Size of the database file.", double(s.database.sizeBytes));
    w.gauge("database_stocks", "Rows in the stock master.", double(s.database.stocks));
    w.gauge("database_ticks", "Ticks stored.", double(s.database.ticks));
    w.gauge("database_committed_seq", "Highest tick seq committed to disk.", double(s.database.committedSeq));
    w.gauge("storage_writer_backlog", "Ticks waiting for the storage writer.", double(s.database.writerBacklog));
    w.counter("ticks_stored_total", "Ticks committed to the database since start.", double(s.database.storedSinceStart));
    w.counter("storage_dropped_ticks_total", "Ticks the writer could not keep.", double(s.database.droppedTicks));
    w.gauge("ticks_received_per_second", "Ticks received from the feed, recent rate.", s.rates.ticksPerS);
    w.gauge("ticks_stored_per_second", "Ticks committed to the database, recent rate.", s.rates.storedPerS);
    w.gauge("forwarder_enabled", "1 when forwarding to a remote server is configured.", s.forwarder.enabled ? 1 : 0);
    w.gauge("forwarder_cursor_seq", "Last seq the remote acknowledged.", double(s.forwarder.cursorSeq));
    w.gauge("forwarder_pending", "Ticks stored but not yet acknowledged by the remote.", double(s.forwarder.pending));
}

void writeQueues(Writer &w, const MetricsInput &in)
{
    static const char *const priorities[] = {"interactive", "sync", "backfill"};
    w.family("budget_queued", "gauge", "Feed requests waiting for the budget, by priority.");
    for (int i = 0; i < 3; ++i)
        w.sample("budget_queued", in.budget.queued[i], label("priority", QString::fromLatin1(priorities[i])));
    w.counter("ticks_received_total", "Ticks received from the feed since start.", double(in.ticksPublished));
    w.gauge("ws_send_buffer_bytes", "Bytes waiting in WebSocket client buffers.", double(in.wsSendBufferBytes));
}

void writeServer(Writer &w, const ServerMetrics &m)
{
    w.gauge("ws_clients", "Connected WebSocket clients.", m.wsClients());
    w.counter("ws_ticks_sent_total", "Tick messages sent to WebSocket clients.", double(m.wsTicksSent()));
    w.counter("ws_frames_sent_total", "WebSocket tick frames sent.", double(m.wsFrames()));
    w.counter("ws_bytes_sent_total", "WebSocket tick frame payload bytes sent.", double(m.wsBytes()));
    w.family("ws_disconnects_total", "counter", "WebSocket connections closed, by reason.");
    for (auto it = m.wsDisconnects().cbegin(); it != m.wsDisconnects().cend(); ++it)
        w.sample("ws_disconnects_total", double(it.value()), label("reason", it.key()));
    w.family("http_requests_total", "counter", "HTTP requests by route and status.");
    for (auto it = m.requestCounts().cbegin(); it != m.requestCounts().cend(); ++it) {
        w.sample("http_requests_total", double(it.value()),
                 label("route", it.key().first) + ',' + label("status", QString::number(it.key().second)));
    }
}

void writeLatency(Writer &w, const ServerMetrics &m)
{
    w.family("http_request_duration_seconds", "histogram", "Time from request to response, by route.");
    for (auto it = m.latencies().cbegin(); it != m.latencies().cend(); ++it) {
        const QByteArray route = label("route", it.key());
        qint64 cumulative = 0;
        for (size_t i = 0; i < ServerMetrics::kBucketsMs.size(); ++i) {
            cumulative += it->counts[i];
            const QByteArray le = "le=\"" + QByteArray::number(ServerMetrics::kBucketsMs[i] / 1000.0, 'g', 6) + '"';
            w.sample("http_request_duration_seconds_bucket", double(cumulative), route + ',' + le);
        }
        w.sample("http_request_duration_seconds_bucket", double(it->count), route + ",le=\"+Inf\"");
        w.sample("http_request_duration_seconds_sum", it->sumMs / 1000.0, route);
        w.sample("http_request_duration_seconds_count", double(it->count), route);
    }
}
} // namespace

QByteArray renderPrometheus(const MetricsInput &in)
{
    QByteArray out;
    out.reserve(8192);
    Writer w(out);
    writeStatus(w, in.status);
    writeQueues(w, in);
    if (in.server) {
        writeServer(w, *in.server);
        writeLatency(w, *in.server);
    }
    return out;
}

} // namespace cybos
