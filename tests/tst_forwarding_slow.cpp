// Forwarding between real processes on loopback: a source on the emulator forwards to a relay
// (over HTTP and over WebSocket); the relay is stopped for seconds mid-stream and started
// again, the source is SIGKILLed mid-stream and restarted; at the end the relay holds exactly
// the source's ticks, and its WebSocket clients got them live, in order. A replay of a
// recorded database reproduces the recorded tick sequence.
#include "patience.h"
#include "core/storage/database.h"
#include "core/storage/tickrepository.h"
#include "tempdb.h"
#include "forwardfakes.h"
#include "forwardprocs.h"
#include "relayfakes.h"
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

qint64 storedTicks(int port, const QString &key = {})
{
    return status(port, key).value(QLatin1String("database")).toObject().value(QLatin1String("ticks")).toInteger();
}

qint64 relayTicks(int port)
{
    return storedTicks(port, kKey);
}

bool relayFeedConnected(int port)
{
    const QJsonObject feed = status(port, kKey).value(QLatin1String("feed")).toObject();
    return feed.value(QLatin1String("connected")).toBool();
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

// One source forwarding to one relay through `remote` ("…%1…" = the relay's port); each step
// QVERIFYs, the test checks QTest::currentTestFailed() between them.
class Scenario
{
public:
    explicit Scenario(const QString &remote)
        : m_relay(QStringLiteral("relay")), m_source(QStringLiteral("source")), m_remote(remote) {}

    void start()
    {
        m_relay.start(relayArgs(0));
        QTRY_VERIFY2_WITH_TIMEOUT(m_relay.port() > 0, qPrintable(m_relay.log()), test::patient(60000));
        m_relayPort = m_relay.port();
        m_source.start(sourceArgs());
        QTRY_VERIFY2_WITH_TIMEOUT(m_source.port() > 0, qPrintable(m_source.log()), test::patient(60000));
        m_live.open(m_relayPort, kKey, kCodes);
        QTRY_VERIFY2_WITH_TIMEOUT(m_live.seqs.size() > 500, qPrintable(m_relay.log() + m_source.log()), test::patient(60000));
        // Pushes arrive: the relay's feed is up, and history answers from what it stored.
        QVERIFY2(relayFeedConnected(m_relayPort), qPrintable(m_relay.log()));
        const QJsonObject history = requestJson(m_relayPort, "GET", QStringLiteral("/api/prices/005930/history"), kKey);
        QVERIFY2(history.value(QLatin1String("bars")).isArray(), QJsonDocument(history).toJson().constData());
    }
    // The relay goes away for several seconds; the source keeps trading and waits.
    void relayOutage()
    {
        QVERIFY2(m_relay.terminate(), qPrintable(m_relay.log()));
        QTRY_COMPARE_WITH_TIMEOUT(forwarderOf(m_source).value(QLatin1String("state")).toString(),
                                  QStringLiteral("backoff"), test::patient(30000));
        // pending moves while ticks flow: qWaitFor reads it once per try (QTRY_* reads it twice
        // and fails when it crosses back between the two reads).
        const auto pending = [this] { return forwarderOf(m_source).value(QLatin1String("pending")).toInteger(); };
        QVERIFY(QTest::qWaitFor([&] { return pending() > 6000; }, test::patient(60000)));
        m_relay.start(relayArgs(m_relayPort));
        QTRY_VERIFY2_WITH_TIMEOUT(m_relay.port() == m_relayPort, qPrintable(m_relay.log()), test::patient(60000));
        QVERIFY(QTest::qWaitFor([&] { return pending() < 2000; }, test::patient(120000)));
    }
    // The source dies mid-stream and comes back on the same database.
    void sourceCrash()
    {
        const qint64 beforeKill = relayTicks(m_relayPort);
        QVERIFY(m_source.kill());
        m_source.start(sourceArgs());
        QTRY_VERIFY2_WITH_TIMEOUT(m_source.port() > 0, qPrintable(m_source.log()), test::patient(60000));
        QTRY_VERIFY_WITH_TIMEOUT(relayTicks(m_relayPort) > beforeKill + 2000, test::patient(120000));
        m_afterRestarts.open(m_relayPort, kKey, kCodes); // the relay's clients get ticks live
        QTRY_VERIFY_WITH_TIMEOUT(m_afterRestarts.seqs.size() > 500, test::patient(60000));
        QVERIFY2(relayFeedConnected(m_relayPort), qPrintable(m_relay.log()));
    }
    // Trading stops; the forwarder delivers the rest; both stop cleanly.
    void drainAndStop()
    {
        // Enough volume for the comparison to mean something, however fast the steps went.
        QTRY_VERIFY_WITH_TIMEOUT(storedTicks(m_source.port()) > 10000, test::patient(60000));
        for (const QString &code : kCodes)
            requestJson(m_source.port(), "DELETE", QStringLiteral("/api/subscriptions/") + code);
        qint64 cursor = -1;
        QTRY_VERIFY_WITH_TIMEOUT(drained(m_source, &cursor), test::patient(120000));
        QVERIFY2(m_source.terminate(), qPrintable(m_source.log()));
        QVERIFY2(m_relay.terminate(), qPrintable(m_relay.log()));
    }
    void verify()
    {
        const TickList sourceTicks = allTicks(m_dir.dir() + QStringLiteral("/source.db"));
        const TickList relayTicksStored = allTicks(m_dir.dir() + QStringLiteral("/relay.db"));
        QVERIFY2(sourceTicks.size() > 10000, qPrintable(QString::number(sourceTicks.size())));
        QCOMPARE(relayTicksStored.size(), sourceTicks.size());
        QList<qint64> relaySeqs; // the relay's own, the source's kept beside
        for (const Tick &t : relayTicksStored) {
            relaySeqs << t.seq;
            QCOMPARE(t.source, QStringLiteral("pc-a"));
        }
        QVERIFY(strictlyIncreasing(relaySeqs));
        QVERIFY(asAtSource(relayTicksStored) == sourceTicks); // same order, every field
        QVERIFY(strictlyIncreasing(m_live.seqs));
        QVERIFY(strictlyIncreasing(m_afterRestarts.seqs));
        QSet<qint64> stored;
        for (const Tick &t : relayTicksStored)
            stored.insert(t.seq);
        for (qint64 seq : std::as_const(m_afterRestarts.seqs))
            QVERIFY(stored.contains(seq));
    }

private:
    QStringList relayArgs(int port) const
    {
        const QString dir = m_dir.dir();
        return {QStringLiteral("--backend"), QStringLiteral("relay"), QStringLiteral("--api-key"), kKey,
                QStringLiteral("--db"), dir + QStringLiteral("/relay.db"), QStringLiteral("--log-file"),
                dir + QStringLiteral("/relay.log"), QStringLiteral("--port"), QString::number(port)};
    }
    QStringList sourceArgs() const
    {
        const QString dir = m_dir.dir();
        return {QStringLiteral("--backend"), QStringLiteral("emulator"), QStringLiteral("--emulator-rate"),
                QStringLiteral("2000"), QStringLiteral("--subscribe"), kCodes.join(QLatin1Char(',')),
                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), dir + QStringLiteral("/source.db"),
                QStringLiteral("--log-file"), dir + QStringLiteral("/source.log"), QStringLiteral("--remote"),
                m_remote.arg(m_relayPort), QStringLiteral("--remote-key"), kKey, QStringLiteral("--instance-id"),
                QStringLiteral("pc-a")};
    }

    TempDb m_dir;
    ServerProc m_relay;
    ServerProc m_source;
    QString m_remote;
    int m_relayPort = 0;
    TickWatcher m_live;
    TickWatcher m_afterRestarts;
};
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
    Scenario scenario(remote);
    for (void (Scenario::*step)() : {&Scenario::start, &Scenario::relayOutage, &Scenario::sourceCrash,
                                     &Scenario::drainAndStop, &Scenario::verify}) {
        (scenario.*step)();
        if (QTest::currentTestFailed())
            return;
    }
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
    QTRY_VERIFY2_WITH_TIMEOUT(replay.port() > 0, qPrintable(replay.log()), test::patient(60000));
    QTRY_COMPARE_WITH_TIMEOUT(status(replay.port()).value(QLatin1String("database")).toObject()
                                  .value(QLatin1String("ticks")).toInteger(), qint64(recorded.size()), test::patient(120000));
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
