// cybos-bench ingest: ticks from the emulator (through the Cybos adapter) or a synthetic
// source → tick bus → quote cache + SQLite writer, for N seconds; then the writer drains.
// Prints {"generated","stored","stored_per_s","writer_lag_ms_p99","peak_rss_mb",...}.
#include "benchmetrics.h"
#include "benchmode.h"
#include "ingestsources.h"
#include "core/pipeline/quotecache.h"
#include "core/pipeline/tickbus.h"
#include "core/storage/storage.h"
#include "core/storage/tickwriter.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <qcoro/qcorotimer.h>

namespace cybos::bench {

namespace {

struct IngestOptions {
    int seconds = 10;
    QString dbPath;                 // empty: a temporary file, removed afterwards
    SourceOptions source;
};

struct Counts {
    qint64 generated = 0;
    qint64 stored = 0;
    qint64 dropped = 0;
    double windowS = 0;             // ticks flowing
    double elapsedS = 0;            // window + the writer's drain
};

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "cybos-bench ingest: %s\n", qPrintable(message));
    return code;
}

QJsonObject report(const Counts &c, const LatencyRecorder &lag, const QString &source)
{
    return QJsonObject{
        {QStringLiteral("generated"), c.generated},
        {QStringLiteral("stored"), c.stored},
        {QStringLiteral("stored_per_s"), qRound64(c.stored / qMax(c.elapsedS, 0.001))},
        {QStringLiteral("writer_lag_ms_p99"), lag.percentile(99)},
        {QStringLiteral("peak_rss_mb"), qRound(peakRssMb() * 10) / 10.0},
        {QStringLiteral("generated_per_s"), qRound64(c.generated / qMax(c.windowS, 0.001))},
        {QStringLiteral("dropped"), c.dropped},
        {QStringLiteral("writer_lag_ms_p50"), lag.percentile(50)},
        {QStringLiteral("seconds"), qRound(c.windowS * 100) / 100.0},
        {QStringLiteral("elapsed_s"), qRound(c.elapsedS * 100) / 100.0},
        {QStringLiteral("source"), source},
    };
}

// The measured window: ticks flow for o.seconds, then the writer drains everything left.
QCoro::Task<int> measure(IngestOptions o, Storage *storage, TickBus *bus)
{
    LatencyRecorder lag;
    TickWriter *writer = storage->tickWriter();
    QObject::connect(writer, &TickWriter::batchCommitted, writer,
                     [&lag](qint64, int rows, qint64 lagMs) { lag.add(double(lagMs), rows); }, Qt::DirectConnection);
    auto source = co_await startSource(o.source, bus);
    if (!source)
        co_return fail(source.error().message);
    const qint64 published0 = bus->published();
    const qint64 stored0 = writer->stored();
    QElapsedTimer clock;
    clock.start();
    co_await QCoro::sleepFor(std::chrono::seconds(o.seconds));
    (*source)->stop();
    bus->flush();
    Counts counts;
    counts.windowS = clock.nsecsElapsed() / 1e9; // the timer may fire a little early
    counts.generated = bus->published() - published0;
    storage->shutdown(); // drains the backlog: what was generated and kept is on disk now
    counts.elapsedS = clock.nsecsElapsed() / 1e9;
    counts.stored = writer->stored() - stored0;
    counts.dropped = writer->dropped();
    const QJsonObject json = report(counts, lag, (*source)->describe());
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    co_return 0;
}

QCoro::Task<int> ingest(IngestOptions o)
{
    QTemporaryDir tmp;
    StorageOptions storageOptions;
    storageOptions.path = o.dbPath.isEmpty() ? tmp.filePath(QStringLiteral("ingest.db")) : o.dbPath;
    storageOptions.retentionDays = 0;
    Storage storage(storageOptions);
    if (Status st = storage.open(); !st)
        co_return fail(st.error().message);
    TickBus bus(storage.seqSource());
    QuoteCache cache;
    // As the application wires them (app/runtimeticks.cpp): direct calls on the bus thread.
    QObject::connect(&bus, &TickBus::ticksPublished, storage.tickWriter(), &TickWriter::submit, Qt::DirectConnection);
    QObject::connect(&bus, &TickBus::ticksPublished, &cache, &QuoteCache::applyTicks, Qt::DirectConnection);
    const int code = co_await measure(o, &storage, &bus);
    co_return code;
}

int parse(const QStringList &args, IngestOptions *o)
{
    const Args a(args);
    const QStringList known{QStringLiteral("--seconds"), QStringLiteral("--rate"), QStringLiteral("--db"),
                            QStringLiteral("--source"), QStringLiteral("--codes")};
    if (const QStringList extra = a.unknown(known); !extra.isEmpty())
        return fail(QStringLiteral("unknown argument '%1'").arg(extra.first()), 2);
    bool ok = true;
    o->seconds = int(a.number(QStringLiteral("--seconds"), 10, &ok));
    o->source.rate = int(a.number(QStringLiteral("--rate"), 0, &ok));
    o->source.codes = int(a.number(QStringLiteral("--codes"), 200, &ok));
    o->source.kind = a.value(QStringLiteral("--source"), QStringLiteral("emulator"));
    o->dbPath = a.value(QStringLiteral("--db"));
    if (!ok || o->seconds <= 0 || o->source.rate < 0 || o->source.codes <= 0)
        return fail(QStringLiteral("--seconds, --codes need positive numbers, --rate a number >= 0"), 2);
    return 0;
}

int runIngest(const QStringList &args)
{
    IngestOptions options;
    if (int bad = parse(args, &options))
        return bad;
    int exitCode = 1;
    auto task = [](IngestOptions o, int *out) -> QCoro::Task<> {
        *out = co_await ingest(std::move(o));
        QCoreApplication::quit();
    };
    auto running = task(options, &exitCode);
    if (!running.isReady()) // it may fail before its first suspension
        QCoreApplication::exec();
    return exitCode;
}

const bool registered = registerMode(
    {"ingest", "[--seconds N] [--rate R] [--source emulator|synthetic] [--codes N] [--db PATH]",
     "ticks -> tick bus -> quote cache + SQLite writer; rate 0 = full speed", &runIngest});

} // namespace

} // namespace cybos::bench
