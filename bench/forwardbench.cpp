// cybos-bench forward: the forwarder's delivery to a local relay (a real cybos-server on the
// relay backend), over HTTP and over WebSocket; with --transport nats, the publishing to a
// local nats-server -js (acknowledged by JetStream).
//  - throughput: a source database holding --ticks ticks is forwarded from cursor 0; ticks/s
//    until the relay acknowledged the last one.
//  - catch-up: the state at the end of an outage of --outage-s seconds at --rate ticks/s
//    (rate × outage ticks waiting), with --rate ticks/s still arriving: seconds until the
//    forwarder is caught up (at most 100 ms of ticks pending).
//  - with --live-outage-s S, the same end to end: a cybos-server source on the emulator at
//    --rate forwarding to a cybos-server relay that starts only after S seconds.
// Prints one JSON line per transport.
#include "benchmetrics.h"
#include "benchmode.h"
#include "forwardbenchlive.h"
#include "forwardbenchrig.h"
#include "core/forward/forwarder.h"
#include "core/storage/storage.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

namespace cybos::bench {

namespace {

const QString kKey = QStringLiteral("bench-key");

struct ForwardOptions {
    qint64 ticks = 200'000;
    int outageS = 60;
    int rate = 2000;
    int liveOutageS = 0;      // > 0: also the catch-up after a real outage between processes
    QStringList transports{QStringLiteral("http"), QStringLiteral("ws")};
    QString serverBin;
};

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "cybos-bench forward: %s\n", qPrintable(message));
    return code;
}

// One source database and one relay, fresh, in a temporary folder.
struct Setup {
    explicit Setup(const ForwardOptions &o)
        : storage(StorageOptions{.path = dir.filePath(QStringLiteral("source.db")), .retentionDays = 0, .forwarding = true}),
          relay(o.serverBin) {}
    ~Setup()
    {
        nats.kill();
        nats.waitForFinished(10000);
    }
    // The remote of the transport: a relay, or a nats-server with JetStream.
    Result<int> startRemote(const QString &transport)
    {
        if (transport == u"nats")
            return startNatsServer(&nats, dir.filePath(QStringLiteral("nats")));
        return relay.start(relayArgs(dir.path(), kKey, 0));
    }
    ForwarderOptions forwarderOptions(const QString &transport, int port) const
    {
        ForwarderOptions fo;
        fo.remote = remoteUrl(transport, port);
        if (transport != u"nats")
            fo.key = kKey;
        return fo;
    }
    QTemporaryDir dir;
    Storage storage;
    ServerChild relay;
    QProcess nats;
};

// Seconds until the relay has acknowledged `ticks` stored ticks; <0 on failure.
double throughput(const ForwardOptions &o, const QString &transport, QString *error)
{
    Setup s(o);
    if (Status st = s.storage.open(); !st)
        return *error = st.error().message, -1;
    if (Status st = fillSource(&s.storage, 1, o.ticks); !st)
        return *error = st.error().message, -1;
    auto port = s.startRemote(transport);
    if (!port)
        return *error = port.error().message, -1;
    Forwarder forwarder(s.forwarderOptions(transport, *port), s.storage.database(), &s.storage);
    QElapsedTimer clock;
    clock.start();
    forwarder.start();
    const bool done = waitUntil([&] { return forwarder.status().cursorSeq >= o.ticks; }, 600'000);
    const double seconds = clock.nsecsElapsed() / 1e9;
    if (!done)
        *error = QStringLiteral("not delivered: %1 (%2)").arg(forwarder.status().lastError, s.relay.log());
    forwarder.stop();
    s.storage.shutdown();
    return done ? seconds : -1;
}

// Seconds from the relay's return until at most 100 ms of ticks wait; <0 on failure.
double catchUp(const ForwardOptions &o, const QString &transport, QString *error)
{
    Setup s(o);
    const qint64 backlog = qint64(o.rate) * o.outageS;
    if (Status st = s.storage.open(); !st)
        return *error = st.error().message, -1;
    if (Status st = fillSource(&s.storage, 1, backlog); !st)
        return *error = st.error().message, -1;
    auto port = s.startRemote(transport);
    if (!port)
        return *error = port.error().message, -1;
    Forwarder forwarder(s.forwarderOptions(transport, *port), s.storage.database(), &s.storage);
    LiveTicks live(&s.storage, backlog + 1, o.rate);
    QElapsedTimer clock;
    clock.start();
    live.start();
    forwarder.start();
    const qint64 slack = qMax<qint64>(1, o.rate / 10);
    const bool done = waitUntil([&] {
        const qint64 produced = backlog + live.added();
        return forwarder.status().cursorSeq >= produced - slack;
    }, 600'000);
    const double seconds = clock.nsecsElapsed() / 1e9;
    live.stop();
    if (!done)
        *error = QStringLiteral("did not catch up: %1").arg(forwarder.status().lastError);
    forwarder.stop();
    s.storage.shutdown();
    return done ? seconds : -1;
}

int run(const ForwardOptions &o)
{
    for (const QString &transport : o.transports) {
        QString error;
        const double sendS = throughput(o, transport, &error);
        if (sendS < 0)
            return fail(transport + QStringLiteral(": ") + error);
        const double catchS = catchUp(o, transport, &error);
        if (catchS < 0)
            return fail(transport + QStringLiteral(": ") + error);
        QJsonObject json{
            {QStringLiteral("transport"), transport},
            {QStringLiteral("ticks"), o.ticks},
            {QStringLiteral("delivered_per_s"), qRound64(o.ticks / sendS)},
            {QStringLiteral("outage_s"), o.outageS},
            {QStringLiteral("rate"), o.rate},
            {QStringLiteral("backlog"), qint64(o.rate) * o.outageS},
            {QStringLiteral("catchup_s"), qRound(catchS * 100) / 100.0},
            {QStringLiteral("peak_rss_mb"), qRound(peakRssMb() * 10) / 10.0},
        };
        if (o.liveOutageS > 0 && transport != u"nats") { // the live rig runs a relay
            auto live = liveCatchUp(o.serverBin, transport, o.rate, o.liveOutageS, kKey);
            if (!live)
                return fail(transport + QStringLiteral(": ") + live.error().message);
            json.insert(QStringLiteral("live_outage_s"), o.liveOutageS);
            json.insert(QStringLiteral("live_backlog"), live->backlog);
            json.insert(QStringLiteral("live_catchup_s"), qRound(live->seconds * 100) / 100.0);
            json.insert(QStringLiteral("live_reconnect_s"), qRound(live->reconnectS * 100) / 100.0);
        }
        std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    return 0;
}

int runForward(const QStringList &args)
{
    const Args a(args);
    const QStringList known{QStringLiteral("--ticks"), QStringLiteral("--outage-s"), QStringLiteral("--rate"),
                            QStringLiteral("--transport"), QStringLiteral("--server"), QStringLiteral("--live-outage-s")};
    if (const QStringList extra = a.unknown(known); !extra.isEmpty())
        return fail(QStringLiteral("unknown argument '%1'").arg(extra.first()), 2);
    ForwardOptions o;
    bool ok = true;
    o.ticks = qint64(a.number(QStringLiteral("--ticks"), double(o.ticks), &ok));
    o.outageS = int(a.number(QStringLiteral("--outage-s"), o.outageS, &ok));
    o.rate = int(a.number(QStringLiteral("--rate"), o.rate, &ok));
    o.liveOutageS = int(a.number(QStringLiteral("--live-outage-s"), 0, &ok));
    const QString transport = a.value(QStringLiteral("--transport"), QStringLiteral("both"));
    if (transport != u"both")
        o.transports = {transport};
    o.serverBin = a.value(QStringLiteral("--server"), defaultServerBin());
    if (!ok || o.ticks <= 0 || o.outageS < 0 || o.rate <= 0 || (transport != u"both" && transport != u"http" && transport != u"ws" && transport != u"nats"))
        return fail(QStringLiteral("--ticks and --rate need positive numbers, --transport http|ws|nats|both"), 2);
    return run(o);
}

const bool registered = registerMode(
    {"forward", "[--ticks N] [--outage-s S] [--rate R] [--transport http|ws|both] [--live-outage-s S] [--server PATH]",
     "forwarder -> local relay: delivered ticks/s, catch-up time after an outage", &runForward});

} // namespace

} // namespace cybos::bench
