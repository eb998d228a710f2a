// Forwarding between real processes on loopback: a source on the emulator forwards to a relay
// (over HTTP and over WebSocket); the relay is stopped for seconds mid-stream and started
// again, the source is SIGKILLed mid-stream and restarted; at the end the relay holds exactly
// the source's ticks, and its WebSocket clients got them live, in order. A replay of a
// recorded database reproduces the recorded tick sequence.
#include "core/storage/database.h"
#include "core/storage/tickrepository.h"
#include "tempdb.h"
#include "tst_forwardfakes.h"
#include "tst_forwardprocs.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
const QString kKey = QStringLiteral("relay-key");
const QStringList kCodes{QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("035420"),
                         QStringLiteral("005380"), QStringLiteral("051910")};

TickList allTicks(const QString &path)
{
    Database database(path);
    TickList ticks;
    {
        auto db = database.connection(DbAccess::ReadOnly);
        if (db)
            ticks = TickRepository(*db).sinceSeq(0, 10'000'000).value();
    }
    database.closeThreadConnections();
    return ticks;
}

QJsonObject forwarderOf(const ServerProc &source)
{
    return status(source.port()).value(QLatin1String("forwarder")).toObject();
}

qint64 relayTicks(int port)
{
    return status(port, kKey).value(QLatin1String("database")).toObject().value(QLatin1String("ticks")).toInteger();
}

bool strictlyIncreasing(const QList<qint64> &seqs)
{
    for (int i = 1; i < seqs.size(); ++i)
        if (seqs.at(i) <= seqs.at(i - 1))
            return false;
    return true;
}

// The forwarder is idle with nothing pending and its cursor no longer moves.
bool drained(const ServerProc &source, qint64 *lastCursor)
{
    const QJsonObject f = forwarderOf(source);
    const qint64 cursor = f.value(QLatin1String("cursor_seq")).toInteger();
    const bool settled = f.value(QLatin1String("pending")).toInteger() == 0 && cursor > 0 && cursor == *lastCursor;
    *lastCursor = cursor;
    return settled;
}
} // namespace

class TestForwardingSlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relayEndsWithExactlyTheSourcesTicks_data();
    void relayEndsWithExactlyTheSourcesTicks();
    void replayReproducesTheRecording();
};

void TestForwardingSlow::relayEndsWithExactlyTheSourcesTicks_data()
{
    QTest::addColumn<QString>("remote");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:%1/api/ingest");
    QTest::newRow("websocket") << QStringLiteral("ws://127.0.0.1:%1/ws/ingest");
}

void TestForwardingSlow::relayEndsWithExactlyTheSourcesTicks()
{
    QFETCH(QString, remote);
    TempDb tmp;
    const QString dir = tmp.dir();
    ServerProc relay(QStringLiteral("relay"));
    ServerProc source(QStringLiteral("source"));
    const QStringList relayArgs{QStringLiteral("--backend"), QStringLiteral("relay"), QStringLiteral("--api-key"), kKey,
                                QStringLiteral("--db"), dir + QStringLiteral("/relay.db"), QStringLiteral("--log-file"),
                                dir + QStringLiteral("/relay.log"), QStringLiteral("--port")};
    relay.start(relayArgs + QStringList{QStringLiteral("0")});
    QTRY_VERIFY2_WITH_TIMEOUT(relay.port() > 0, qPrintable(relay.log()), 60000);
    const int relayPort = relay.port();
    const QStringList sourceArgs{
        QStringLiteral("--backend"), QStringLiteral("emulator"), QStringLiteral("--emulator-rate"), QStringLiteral("2000"),
        QStringLiteral("--subscribe"), kCodes.join(QLatin1Char(',')), QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--db"), dir + QStringLiteral("/source.db"), QStringLiteral("--log-file"),
        dir + QStringLiteral("/source.log"), QStringLiteral("--remote"), remote.arg(relayPort),
        QStringLiteral("--remote-key"), kKey};
    source.start(sourceArgs);
    QTRY_VERIFY2_WITH_TIMEOUT(source.port() > 0, qPrintable(source.log()), 60000);

    TickWatcher live;
    live.open(relayPort, kKey, kCodes);
    QTRY_VERIFY2_WITH_TIMEOUT(live.seqs.size() > 500, qPrintable(relay.log() + source.log()), 60000);

    // The relay goes away for several seconds; the source keeps trading and waits.
    QVERIFY2(relay.terminate(), qPrintable(relay.log()));
    QTRY_COMPARE_WITH_TIMEOUT(forwarderOf(source).value(QLatin1String("state")).toString(), QStringLiteral("backoff"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(forwarderOf(source).value(QLatin1String("pending")).toInteger() > 6000, 60000);
    relay.start(relayArgs + QStringList{QString::number(relayPort)});
    QTRY_VERIFY2_WITH_TIMEOUT(relay.port() == relayPort, qPrintable(relay.log()), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(forwarderOf(source).value(QLatin1String("pending")).toInteger() < 2000, 120000);

    // The source dies mid-stream and comes back on the same database.
    const qint64 beforeKill = relayTicks(relayPort);
    QVERIFY(source.kill());
    source.start(sourceArgs);
    QTRY_VERIFY2_WITH_TIMEOUT(source.port() > 0, qPrintable(source.log()), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(relayTicks(relayPort) > beforeKill + 2000, 120000);

    TickWatcher afterRestarts; // the relay's clients get the forwarded ticks live
    afterRestarts.open(relayPort, kKey, kCodes);
    QTRY_VERIFY_WITH_TIMEOUT(afterRestarts.seqs.size() > 500, 60000);

    // Trading stops; the forwarder delivers the rest.
    for (const QString &code : kCodes)
        requestJson(source.port(), "DELETE", QStringLiteral("/api/subscriptions/") + code);
    qint64 cursor = -1;
    QTRY_VERIFY_WITH_TIMEOUT(drained(source, &cursor), 120000);
    QVERIFY2(source.terminate(), qPrintable(source.log()));
    QVERIFY2(relay.terminate(), qPrintable(relay.log()));

    const TickList sourceTicks = allTicks(dir + QStringLiteral("/source.db"));
    const TickList relayTicksStored = allTicks(dir + QStringLiteral("/relay.db"));
    QVERIFY(sourceTicks.size() > 10000);
    QCOMPARE(relayTicksStored.size(), sourceTicks.size());
    QVERIFY(relayTicksStored == sourceTicks); // same seqs, same order, every field
    QVERIFY(strictlyIncreasing(live.seqs));
    QVERIFY(strictlyIncreasing(afterRestarts.seqs));
    QSet<qint64> stored;
    for (const Tick &t : relayTicksStored)
        stored.insert(t.seq);
    for (qint64 seq : std::as_const(afterRestarts.seqs))
        QVERIFY(stored.contains(seq));
}

void TestForwardingSlow::replayReproducesTheRecording()
{
    TempDb tmp;
    const QString recording = tmp.dir() + QStringLiteral("/recording.db");
    TickList recorded = makeTicks(1, 20000);
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 3600'000;
    for (int i = 0; i < recorded.size(); ++i)
        recorded[i].timeMs = base + i * 3; // recent: within any retention
    {
        Database database(recording);
        QSqlDatabase db = database.connection(DbAccess::ReadWrite).value();
        QVERIFY(Database::migrate(db).ok());
        QVERIFY(TickRepository(db).insert(recorded).ok());
        db = QSqlDatabase();
        database.closeThreadConnections();
    }
    ServerProc replay(QStringLiteral("replay"));
    replay.start({QStringLiteral("--backend"), QStringLiteral("replay"), QStringLiteral("--replay-from"), recording,
                  QStringLiteral("--replay-speed"), QStringLiteral("0"), QStringLiteral("--replay-keep-times"),
                  QStringLiteral("--db"), tmp.dir() + QStringLiteral("/replayed.db"), QStringLiteral("--port"),
                  QStringLiteral("0"), QStringLiteral("--log-file"), tmp.dir() + QStringLiteral("/replay.log")});
    QTRY_VERIFY2_WITH_TIMEOUT(replay.port() > 0, qPrintable(replay.log()), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(status(replay.port()).value(QLatin1String("database")).toObject()
                                  .value(QLatin1String("ticks")).toInteger(), qint64(recorded.size()), 120000);
    QCOMPARE(status(replay.port()).value(QLatin1String("backend")).toString(), QStringLiteral("replay"));
    QVERIFY2(replay.terminate(), qPrintable(replay.log()));

    const TickList replayed = allTicks(tmp.dir() + QStringLiteral("/replayed.db"));
    QCOMPARE(replayed.size(), recorded.size());
    for (int i = 0; i < replayed.size(); ++i) {
        Tick expected = recorded.at(i);
        expected.seq = replayed.at(i).seq; // numbered by the replaying instance
        QCOMPARE(replayed.at(i), expected); // codes, prices, volumes, times (kept), side, session
    }
}

QTEST_GUILESS_MAIN(TestForwardingSlow)
#include "tst_forwarding_slow.moc"
