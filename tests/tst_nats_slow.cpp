// NATS JetStream between real processes: an emulator source publishes at 2,000 ticks/s to a
// real nats-server -js, a relay consumes the stream (--relay-from). nats-server is SIGKILLed
// and restarted mid-stream, the relay is SIGKILLed and restarted, the source is SIGKILLed and
// restarted. At the end the stream holds exactly the source's ticks (no Nats-Msg-Id twice),
// and the relay holds exactly the stream's ticks and serves them through /api/ticks?since_seq.
#include "core/storage/database.h"
#include "core/storage/tickrepository.h"
#include "natsfixture.h"
#include "patience.h"
#include "tempdb.h"
#include "tst_forwardprocs.h"
#include <QSet>
#include <QTest>

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

// Every seq the relay serves after since_seq=0, page by page.
QList<qint64> servedSeqs(int port)
{
    QList<qint64> seqs;
    for (qint64 since = 0;;) {
        const QJsonArray ticks = requestJson(port, "GET", QStringLiteral("/api/ticks?since_seq=%1&limit=10000").arg(since), kKey)
                                     .value(QLatin1String("ticks")).toArray();
        if (ticks.isEmpty())
            return seqs;
        for (const QJsonValue &t : ticks)
            seqs << qint64(t[QLatin1String("seq")].toDouble());
        since = seqs.constLast();
    }
}

} // namespace

class TestNatsSlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noLossAcrossKills();

private:
    QStringList sourceArgs() const
    {
        return {QStringLiteral("--backend"), QStringLiteral("emulator"), QStringLiteral("--emulator-rate"),
                QStringLiteral("2000"), QStringLiteral("--subscribe"), kCodes.join(QLatin1Char(',')),
                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), m_dir.dir() + QStringLiteral("/source.db"),
                QStringLiteral("--log-file"), m_dir.dir() + QStringLiteral("/source.log"), QStringLiteral("--remote"),
                m_nats.url(QStringLiteral("TICKS")).toString()};
    }
    QStringList relayArgs() const
    {
        return {QStringLiteral("--backend"), QStringLiteral("relay"), QStringLiteral("--api-key"), kKey,
                QStringLiteral("--db"), m_dir.dir() + QStringLiteral("/relay.db"), QStringLiteral("--log-file"),
                m_dir.dir() + QStringLiteral("/relay.log"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--relay-from"), m_nats.url(QStringLiteral("TICKS")).toString()};
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

    for (const QString &code : kCodes) // trading stops; the forwarder publishes the rest
        requestJson(source.port(), "DELETE", QStringLiteral("/api/subscriptions/") + code);
    QTRY_COMPARE_WITH_TIMEOUT(status(source.port()).value(QLatin1String("forwarder")).toObject()
                                  .value(QLatin1String("pending")).toInteger(), qint64(0), patient(120000));
    QTest::qWait(1000);
    QVERIFY2(source.terminate(), qPrintable(source.log()));

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
    QVERIFY(servedSeqs(relay.port()) == inStream);
    QVERIFY2(relay.terminate(), qPrintable(relay.log()));
}

QTEST_GUILESS_MAIN(TestNatsSlow)
#include "tst_nats_slow.moc"
