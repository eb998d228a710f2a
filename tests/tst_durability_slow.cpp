// Durability: the real cybos-server ingesting from the emulator is killed with SIGKILL in
// the middle of writing; after a restart the database is intact, every tick the old process
// reported as committed ("committed seq=N" on stderr) is there, and the new process numbers
// its ticks above every number the old one handed out (stored, or seen by a WebSocket client).
#include "patience.h"
#include "tempdb.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

namespace {

// One cybos-server child and what it said on stderr.
class Server : public QObject
{
public:
    explicit Server(const QString &dir) : m_dir(dir)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        connect(&m_process, &QProcess::readyReadStandardError, this, [this] { readLog(); });
    }
    ~Server() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(cybos::test::patient(10000));
        }
    }

    void start()
    {
        m_committed = -1;
        m_port = 0;
        m_process.start(QStringLiteral(CYBOS_SERVER_BIN),
                        {QStringLiteral("--headless"), QStringLiteral("--backend"), QStringLiteral("emulator"),
                         QStringLiteral("--emulator-rate"), QStringLiteral("20000"), QStringLiteral("--port"),
                         QStringLiteral("0"), QStringLiteral("--db"), dbPath(), QStringLiteral("--subscribe"),
                         QStringLiteral("kospi200"), QStringLiteral("--log-file"), m_dir + QStringLiteral("/server.log"),
                         QStringLiteral("--log-level"), QStringLiteral("info")});
    }
    QString dbPath() const { return m_dir + QStringLiteral("/durability.db"); }
    QProcess &process() { return m_process; }
    qint64 committed() const { return m_committed; }
    int port() const { return m_port; }
    QString log() const { return m_log.right(4000); }

private:
    void readLog()
    {
        static const QRegularExpression committed(QStringLiteral("committed seq=(\\d+)"));
        static const QRegularExpression listening(QStringLiteral("listening on https?://[^:\\s]+:(\\d+)"));
        m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
        for (auto it = committed.globalMatch(m_log); it.hasNext();)
            m_committed = qMax(m_committed, it.next().captured(1).toLongLong());
        if (const auto m = listening.match(m_log); m.hasMatch())
            m_port = m.captured(1).toInt();
    }

    QString m_dir;
    QProcess m_process;
    QString m_log;
    qint64 m_committed = -1;
    int m_port = 0;
};

// Highest seq a WebSocket client saw from the server: handed out, maybe not yet stored.
// Subscribes again until the server knows the codes (its code sync runs after start-up).
class Watcher : public QObject
{
public:
    void open(int port)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] { subscribe(); });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
                const QString type = v[QStringLiteral("type")].toString();
                if (type == u"tick")
                    m_maxSeq = qMax(m_maxSeq, qint64(v[QStringLiteral("seq")].toDouble()));
                else if (type == u"error" || (type == u"subscribed" && v[QStringLiteral("codes")].toArray().isEmpty()))
                    QTimer::singleShot(200, this, [this] { subscribe(); });
            }
        });
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
    }
    qint64 maxSeq() const { return m_maxSeq; }

private:
    void subscribe()
    {
        m_socket.sendTextMessage(QStringLiteral(R"({"op":"subscribe","codes":["005930","000660","035420","005380"],"id":1})"));
    }

    QWebSocket m_socket;
    qint64 m_maxSeq = 0;
};

qint64 scalar(const QString &path, const QString &sql, QString *text = nullptr)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                value = q.value(0).toLongLong();
                if (text)
                    *text = q.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

    // Ingest until commits are reported and growing, then SIGKILL in the middle of it.
    void runAndKill(Server &server, qint64 *reported, qint64 *seenOnSocket)
    {
        server.start();
        QVERIFY2(server.process().waitForStarted(cybos::test::patient(20000)), qPrintable(server.process().errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(server.port() > 0, qPrintable(server.log()), cybos::test::patient(60000));
        Watcher watcher;
        watcher.open(server.port());
        QTRY_VERIFY2_WITH_TIMEOUT(server.committed() > 20000, qPrintable(server.log()), cybos::test::patient(120000));
        const qint64 seen = server.committed();
        QTRY_VERIFY_WITH_TIMEOUT(server.committed() > seen && watcher.maxSeq() > 0, cybos::test::patient(30000));
        *reported = server.committed();
        server.process().kill(); // SIGKILL: no flush, no goodbye
        QVERIFY(server.process().waitForFinished(cybos::test::patient(20000)));
        *seenOnSocket = watcher.maxSeq();
    }

    // The file is intact and holds every tick reported as committed (numbers start at 1 and
    // nothing is dropped at this rate, so that is exactly `reported` rows up to it).
    void checkIntact(const QString &path, qint64 reported)
    {
        QString integrity;
        scalar(path, QStringLiteral("PRAGMA integrity_check"), &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM ticks WHERE seq <= %1").arg(reported)), reported);
    }

    void restartAndStop(Server &server, qint64 storedBefore)
    {
        server.start();
        QVERIFY(server.process().waitForStarted(cybos::test::patient(20000)));
        QTRY_VERIFY2_WITH_TIMEOUT(server.committed() > storedBefore, qPrintable(server.log()), cybos::test::patient(120000));
#ifdef Q_OS_WIN
        server.process().kill(); // a console child has no SIGTERM on Windows
        QVERIFY(server.process().waitForFinished(cybos::test::patient(60000)));
#else
        server.process().terminate(); // SIGTERM: a clean shutdown this time
        QVERIFY(server.process().waitForFinished(cybos::test::patient(60000)));
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
#endif
    }

private Q_SLOTS:
    void killedMidIngestLosesNothingCommittedAndNeverReusesSeq()
    {
        cybos::test::TempDb tmp;
        qint64 reported = 0, seenOnSocket = 0;
        Server first(tmp.dir());
        runAndKill(first, &reported, &seenOnSocket);
        if (QTest::currentTestFailed())
            return;
        checkIntact(first.dbPath(), reported);
        if (QTest::currentTestFailed())
            return;
        const qint64 storedMax = scalar(first.dbPath(), QStringLiteral("SELECT MAX(seq) FROM ticks"));
        QVERIFY(storedMax >= reported);

        Server second(tmp.dir());
        restartAndStop(second, storedMax);
        if (QTest::currentTestFailed())
            return;
        checkIntact(second.dbPath(), reported);
        const qint64 firstNew = scalar(second.dbPath(),
                                       QStringLiteral("SELECT MIN(seq) FROM ticks WHERE seq > %1").arg(storedMax));
        QVERIFY2(firstNew > qMax(storedMax, seenOnSocket),
                 qPrintable(QStringLiteral("new seq %1, old stored %2, old seen %3").arg(firstNew).arg(storedMax).arg(seenOnSocket)));
        QVERIFY(second.committed() >= firstNew);
        qInfo("reported committed %lld, stored at kill %lld, seen on the WebSocket %lld, first new seq %lld",
              reported, storedMax, seenOnSocket, firstNew);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability_slow.moc"
