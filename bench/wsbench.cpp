// cybos-bench ws: WebSocket fan-out. Without --url it starts a cybos-server child on the
// emulator at --rate ticks/s, takes --codes codes (KOSPI 200 first) from its /api/stocks, and
// connects --clients clients to /ws, each subscribing to all of them — so every client should
// receive every tick, and the seqs each client sees are contiguous. With --url (another
// server, e.g. the seed's peer) the clients connect there; a "{code}" in the URL is replaced
// by the client's code from --code-list (round robin) and no subscribe message is sent.
// After every client has its first tick and --warmup seconds, it counts for --seconds and
// prints one JSON line: ticks delivered, missing seqs, order violations, latency from each
// tick's own time to its receipt, and the server's memory.
#include "benchmetrics.h"
#include "benchmode.h"
#include "forwardbenchrig.h"
#include "wsload.h"
#include "core/domain/limits.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

namespace cybos::bench {
namespace {

struct WsOptions {
    int clients = 100;
    int codes = kMaxSubscriptions;
    int rate = 2000;
    double seconds = 10;
    double warmup = 2;
    int threads = 1;
    QString url;               // empty: start a cybos-server child
    QStringList codeList;
    qint64 serverPid = 0;      // for the memory figures of an external server
    QString serverBin;
};

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "cybos-bench ws: %s\n", qPrintable(message));
    return code;
}

QStringList stockCodes(const QUrl &url)
{
    QStringList codes;
    for (const QJsonValue &item : getJson(url).value(QLatin1String("items")).toArray())
        codes.append(item.toObject().value(QLatin1String("code")).toString());
    return codes;
}

struct Target {
    QString url;
    QStringList codes;
    qint64 pid = 0;
};

Result<Target> startServer(const WsOptions &o, ServerChild &server, const QTemporaryDir &dir)
{
    auto port = server.start({QStringLiteral("--backend"), QStringLiteral("emulator"), QStringLiteral("--port"),
                              QStringLiteral("0"), QStringLiteral("--db"), dir.filePath(QStringLiteral("ws.db")),
                              QStringLiteral("--emulator-rate"), QString::number(o.rate)});
    if (!port)
        return port.error();
    Target t{QStringLiteral("ws://127.0.0.1:%1/ws").arg(*port), {}, server.pid()};
    const QString api = QStringLiteral("http://127.0.0.1:%1/api/stocks?limit=%2").arg(*port);
    // The first start syncs the stock master from the emulator: wait for it.
    waitUntil([&] {
        t.codes = stockCodes(QUrl(api.arg(200) + QStringLiteral("&index=kospi200")));
        for (const QString &c : stockCodes(QUrl(api.arg(o.codes)))) {
            if (!t.codes.contains(c))
                t.codes.append(c);
        }
        if (t.codes.size() >= o.codes)
            return true;
        waitUntil([] { return false; }, 500);
        return false;
    }, 60'000);
    if (t.codes.size() < o.codes)
        return makeError(ErrorCode::BenchFailed, QStringLiteral("the server lists %1 codes, not %2").arg(t.codes.size()).arg(o.codes));
    t.codes = t.codes.mid(0, o.codes);
    return t;
}

QJsonObject report(const WsOptions &o, const Target &t, const LoadTotals &r, double seconds)
{
    const auto per = [seconds](qint64 n) { return qRound64(double(n) / seconds); };
    const auto ms = [](double v) { return qRound(v * 100) / 100.0; };
    const bool contiguous = !t.url.contains(QStringLiteral("{code}")) || t.codes.size() == 1;
    QJsonObject json{
        {QStringLiteral("clients"), o.clients},
        {QStringLiteral("codes"), int(t.codes.size())},
        {QStringLiteral("seconds"), ms(seconds)},
        {QStringLiteral("delivered_per_s"), per(r.ticks)},
        {QStringLiteral("per_client_min_per_s"), per(qMax<qint64>(0, r.minClientTicks))},
        {QStringLiteral("latency_ms_p50"), ms(r.latency.percentile(50))},
        {QStringLiteral("latency_ms_p99"), ms(r.latency.percentile(99))},
        {QStringLiteral("latency_ms_p999"), ms(r.latency.percentile(99.9))},
        {QStringLiteral("latency_ms_max"), ms(r.latency.max())},
        {QStringLiteral("order_violations"), r.orderViolations},
        {QStringLiteral("closed_by_server"), r.closed},
        {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)},
        {QStringLiteral("client_threads"), o.threads},
    };
    if (contiguous && r.firstSeq >= 0) {
        // Every client wants every code the server streams: each should see every seq.
        json.insert(QStringLiteral("server_ticks_per_s"), per(r.lastSeq - r.firstSeq + 1));
        json.insert(QStringLiteral("missing"), r.missing);
    }
    if (o.url.isEmpty())
        json.insert(QStringLiteral("rate"), o.rate);
    if (t.pid > 0) {
        json.insert(QStringLiteral("server_rss_mb"), ms(processRssMb(t.pid, false)));
        json.insert(QStringLiteral("server_peak_rss_mb"), ms(processRssMb(t.pid, true)));
    }
    return json;
}

int run(const WsOptions &o)
{
    QTemporaryDir dir;
    ServerChild server(o.serverBin);
    Target target{o.url, o.codeList, o.serverPid};
    if (o.url.isEmpty()) {
        auto started = startServer(o, server, dir);
        if (!started)
            return fail(started.error().message);
        target = *started;
    }
    QList<QUrl> urls;
    for (int i = 0; i < o.clients; ++i)
        urls.append(QUrl(QString(target.url).replace(QStringLiteral("{code}"), target.codes.at(i % target.codes.size()))));
    QByteArray subscribe;
    if (!target.url.contains(QStringLiteral("{code}"))) {
        const QJsonObject msg{{QStringLiteral("op"), QStringLiteral("subscribe")}, {QStringLiteral("id"), 1},
                              {QStringLiteral("codes"), QJsonArray::fromStringList(target.codes)}};
        subscribe = QJsonDocument(msg).toJson(QJsonDocument::Compact);
    }
    WsLoad load(urls, subscribe, o.threads);
    if (!waitUntil([&] { return load.ready() == o.clients; }, 60'000))
        return fail(QStringLiteral("only %1 of %2 clients received ticks within 60 s").arg(load.ready()).arg(o.clients));
    waitUntil([] { return false; }, int(o.warmup * 1000));
    load.setPhase(LoadPhase::Measure);
    QElapsedTimer clock;
    clock.start();
    waitUntil([] { return false; }, int(o.seconds * 1000));
    load.setPhase(LoadPhase::Done);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const QJsonObject json = report(o, target, load.finish(), seconds);
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

int runWs(const QStringList &args)
{
    const Args a(args);
    const QStringList known{QStringLiteral("--clients"), QStringLiteral("--codes"), QStringLiteral("--rate"),
                            QStringLiteral("--seconds"), QStringLiteral("--warmup"), QStringLiteral("--threads"),
                            QStringLiteral("--url"), QStringLiteral("--code-list"), QStringLiteral("--server-pid"),
                            QStringLiteral("--server")};
    if (const QStringList extra = a.unknown(known); !extra.isEmpty())
        return fail(QStringLiteral("unknown argument '%1'").arg(extra.first()), 2);
    WsOptions o;
    bool ok = true;
    o.clients = int(a.number(QStringLiteral("--clients"), o.clients, &ok));
    o.codes = int(a.number(QStringLiteral("--codes"), o.codes, &ok));
    o.rate = int(a.number(QStringLiteral("--rate"), o.rate, &ok));
    o.seconds = a.number(QStringLiteral("--seconds"), o.seconds, &ok);
    o.warmup = a.number(QStringLiteral("--warmup"), o.warmup, &ok);
    o.threads = int(a.number(QStringLiteral("--threads"), o.threads, &ok));
    o.serverPid = qint64(a.number(QStringLiteral("--server-pid"), 0, &ok));
    o.url = a.value(QStringLiteral("--url"));
    o.codeList = a.value(QStringLiteral("--code-list")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.serverBin = a.value(QStringLiteral("--server"), defaultServerBin());
    if (!ok || o.clients <= 0 || o.codes <= 0 || o.rate <= 0 || o.seconds <= 0 || o.warmup < 0 || o.threads <= 0)
        return fail(QStringLiteral("--clients, --codes, --rate, --seconds and --threads need positive numbers"), 2);
    if (!o.url.isEmpty() && o.codeList.isEmpty())
        return fail(QStringLiteral("--url needs --code-list (the codes to follow there)"), 2);
    return run(o);
}

const bool registered = registerMode(
    {"ws", "[--clients N] [--codes N] [--rate R] [--seconds S] [--warmup S] [--threads T] "
           "[--url URL --code-list A,B [--server-pid PID]] [--server PATH]",
     "WebSocket fan-out: ticks delivered, missing, latency p50/p99, server RSS", &runWs});

} // namespace
} // namespace cybos::bench
