// NATS JetStream between real processes: an emulator source publishes at 2,000 ticks/s to a
// real nats-server -js, a relay consumes the stream (--relay-from). nats-server is SIGKILLed
// and restarted mid-stream, the relay is SIGKILLed and restarted, the source is SIGKILLed and
// restarted. At the end the stream holds exactly the source's ticks (no Nats-Msg-Id twice),
// and the relay holds exactly the stream's ticks and serves them through /api/ticks?since_seq.
// Two sources with disjoint subscriptions (two "accounts") into one relay: the relay holds the
// union, each tick once, numbered with its own strictly increasing seq.
#include "core/storage/database.h"
#include "core/storage/tickrepository.h"
#include "natsfixture.h"
#include "patience.h"
#include "tempdb.h"
#include "forwardprocs.h"
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace cybos;
using namespace cybos::test;

namespace {
const QString kKey = QStringLiteral("relay-key");
const QStringList kCodes{QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("035420")};

QList<qint64> storedSeqs(const QString &path)
{
    Database database(path);
    QList<qint64> seqs;
    {
        auto db = database.connection(DbAccess::ReadOnly);
        const auto ticks = TickRepository(*db).sinceSeq(0, 10'000'000);
        for (const Tick &t : ticks.value())
            seqs << t.seq;
    }
    database.closeThreadConnections();
    return seqs;
}

qint64 storedTicks(int port, const QString &key = {})
{
    return status(port, key).value(QLatin1String("database")).toObject().value(QLatin1String("ticks")).toInteger();
}

// What the relay serves after since_seq=0, page by page: its seqs, and each source's seqs.
struct Served {
    QList<qint64> seqs;
    QHash<QString, QList<qint64>> bySource;
};

Served served(int port)
{
    Served out;
    for (qint64 since = 0;;) {
        const QJsonArray ticks = requestJson(port, "GET", QStringLiteral("/api/ticks?since_seq=%1&limit=10000").arg(since), kKey)
                                     .value(QLatin1String("ticks")).toArray();
        if (ticks.isEmpty())
            break;
        for (const QJsonValue &t : ticks) {
            out.seqs << qint64(t[QLatin1String("seq")].toDouble());
            out.bySource[t[QLatin1String("source")].toString()] << qint64(t[QLatin1String("source_seq")].toDouble());
        }
        since = out.seqs.constLast();
    }
    for (QList<qint64> &seqs : out.bySource)
        std::sort(seqs.begin(), seqs.end());
    return out;
}

bool strictlyIncreasing(const QList<qint64> &seqs)
{
    return std::adjacent_find(seqs.cbegin(), seqs.cend(), std::greater_equal<qint64>()) == seqs.cend();
}

} // namespace

class TestNatsSlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noLossAcrossKills();
    void twoSourcesIntoOneRelay();

private:
    QStringList sourceArgs(const QString &id = QStringLiteral("source"), const QStringList &codes = kCodes,
                           const QString &stream = QStringLiteral("TICKS")) const
    {
        return QStringList{QStringLiteral("--backend"), QStringLiteral("emulator"), QStringLiteral("--emulator-rate"),
                QStringLiteral("2000"), QStringLiteral("--subscribe"), codes.join(QLatin1Char(',')),
                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), m_dir.dir() + u'/' + id + QStringLiteral(".db"),
                QStringLiteral("--log-file"), m_dir.dir() + u'/' + id + QStringLiteral(".log"), QStringLiteral("--remote"),
                m_nats.url(stream).toString(), QStringLiteral("--instance-id"), id} + prefix(stream);
    }
    // One nats-server serves both test functions: a second stream needs subjects of its own.
    static QStringList prefix(const QString &stream)
    {
        return stream == u"TICKS" ? QStringList{} : QStringList{QStringLiteral("--nats-prefix"), stream.toLower()};
    }
    QStringList relayArgs(const QString &stream = QStringLiteral("TICKS")) const
    {
        return QStringList{QStringLiteral("--backend"), QStringLiteral("relay"), QStringLiteral("--api-key"), kKey,
                QStringLiteral("--db"), m_dir.dir() + u'/' + stream + QStringLiteral("-relay.db"), QStringLiteral("--log-file"),
                m_dir.dir() + u'/' + stream + QStringLiteral("-relay.log"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--relay-from"), m_nats.url(stream).toString()} + prefix(stream);
    }
    // Stops the source's trading, waits until its forwarder has published everything, stops it.
    static void drain(ServerProc &source, const QStringList &codes)
    {
        for (const QString &code : codes)
            requestJson(source.port(), "DELETE", QStringLiteral("/api/subscriptions/") + code);
        // A tick already on its way when the codes were dropped may still be stored after the
        // forwarder reached 0 once: drained when nothing is pending twice, a second apart.
        const auto pending = [&source] {
            return status(source.port()).value(QLatin1String("forwarder")).toObject()
                .value(QLatin1String("pending")).toInteger(-1);
        };
        const bool drained = QTest::qWaitFor([&] {
            if (pending() != 0)
                return false;
            QTest::qWait(1000);
            return pending() == 0;
        }, patient(120000));
        QVERIFY2(drained, qPrintable(source.log()));
        QVERIFY2(source.terminate(), qPrintable(source.log()));
    }
    bool startProc(ServerProc &proc, const QStringList &args)
    {
        proc.start(args);
        return QTest::qWaitFor([&] { return proc.port() > 0; }, patient(60000));
    }

    TempDb m_dir;
    NatsServer m_nats;
};

void TestNatsSlow::noLossAcrossKills()
{
    ServerProc source(QStringLiteral("source"));
    ServerProc relay(QStringLiteral("relay"));
    QVERIFY2(m_nats.start(), qPrintable(m_nats.log()));
    QVERIFY2(startProc(source, sourceArgs()), qPrintable(source.log()));
    QTRY_VERIFY_WITH_TIMEOUT(streamMessageCount(m_nats.url(QStringLiteral("TICKS"))) > 1000, patient(60000));
    QVERIFY2(startProc(relay, relayArgs()), qPrintable(relay.log()));
    QTRY_VERIFY2_WITH_TIMEOUT(storedTicks(relay.port(), kKey) > 2000, qPrintable(relay.log()), patient(60000));

    QVERIFY(m_nats.kill()); // the stream's server dies mid-stream and comes back on its store
    QTest::qWait(2000);
    QVERIFY2(m_nats.start(), qPrintable(m_nats.log()));
    const qint64 beforeRelayKill = storedTicks(relay.port(), kKey);
    QTRY_VERIFY2_WITH_TIMEOUT(storedTicks(relay.port(), kKey) > beforeRelayKill + 2000, qPrintable(relay.log()), patient(120000));
    QVERIFY(relay.kill());
    QVERIFY2(startProc(relay, relayArgs()), qPrintable(relay.log()));
    QVERIFY(source.kill());
    QVERIFY2(startProc(source, sourceArgs()), qPrintable(source.log()));
    const qint64 beforeEnd = storedTicks(relay.port(), kKey);
    QTRY_VERIFY2_WITH_TIMEOUT(storedTicks(relay.port(), kKey) > beforeEnd + 4000, qPrintable(relay.log()), patient(120000));

    drain(source, kCodes);
    if (QTest::currentTestFailed())
        return;

    QString problem;
    const QList<qint64> inStream = streamTickSeqs(m_nats.url(QStringLiteral("TICKS")), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QList<qint64> atSource = storedSeqs(m_dir.dir() + QStringLiteral("/source.db"));
    QVERIFY2(atSource.size() > 10000, qPrintable(QString::number(atSource.size())));
    QCOMPARE(inStream.size(), atSource.size());
    QCOMPARE(inStream.constFirst(), atSource.constFirst());
    QCOMPARE(inStream.constLast(), atSource.constLast());
    QVERIFY(inStream == atSource);

    QTRY_COMPARE_WITH_TIMEOUT(storedTicks(relay.port(), kKey), qint64(inStream.size()), patient(120000));
    const Served got = served(relay.port());
    QVERIFY(strictlyIncreasing(got.seqs)); // the relay's own counter...
    QCOMPARE(got.bySource.keys(), QStringList{QStringLiteral("source")});
    QVERIFY(got.bySource.value(QStringLiteral("source")) == inStream); // ...over exactly the stream's ticks
    QVERIFY2(relay.terminate(), qPrintable(relay.log()));
}

void TestNatsSlow::twoSourcesIntoOneRelay()
{
    const QString stream = QStringLiteral("MERGED");
    const QStringList codesA{QStringLiteral("005930"), QStringLiteral("000660")};
    const QStringList codesB{QStringLiteral("035420"), QStringLiteral("051910")};
    ServerProc a(QStringLiteral("pc-a")), b(QStringLiteral("pc-b")), relay(QStringLiteral("relay"));
    QVERIFY2(m_nats.start(), qPrintable(m_nats.log()));
    QVERIFY2(startProc(a, sourceArgs(QStringLiteral("pc-a"), codesA, stream)), qPrintable(a.log()));
    QVERIFY2(startProc(b, sourceArgs(QStringLiteral("pc-b"), codesB, stream)), qPrintable(b.log()));
    QTRY_VERIFY_WITH_TIMEOUT(streamMessageCount(m_nats.url(stream)) > 1000, patient(60000)); // the sources made it
    QVERIFY2(startProc(relay, relayArgs(stream)), qPrintable(relay.log()));
    QTRY_VERIFY2_WITH_TIMEOUT(storedTicks(relay.port(), kKey) > 6000, qPrintable(relay.log()), patient(120000));
    drain(a, codesA);
    drain(b, codesB);
    if (QTest::currentTestFailed())
        return;
    const QList<qint64> atA = storedSeqs(m_dir.dir() + QStringLiteral("/pc-a.db"));
    const QList<qint64> atB = storedSeqs(m_dir.dir() + QStringLiteral("/pc-b.db"));
    QVERIFY(atA.size() > 1000 && atB.size() > 1000);
    QTRY_COMPARE_WITH_TIMEOUT(storedTicks(relay.port(), kKey), qint64(atA.size() + atB.size()), patient(120000));
    const Served got = served(relay.port());
    QVERIFY(strictlyIncreasing(got.seqs));
    QCOMPARE(got.seqs.size(), atA.size() + atB.size());
    QVERIFY(got.bySource.value(QStringLiteral("pc-a")) == atA); // each source's ticks, each once
    QVERIFY(got.bySource.value(QStringLiteral("pc-b")) == atB);
    QVERIFY2(relay.terminate(), qPrintable(relay.log()));
}

QTEST_GUILESS_MAIN(TestNatsSlow)
#include "tst_nats_slow.moc"
