// --on-disconnect restart, run as a user runs it: the emulator's link drops (POST
// /api/emulator/disconnect), and once a fresh CpCybos sees it back the process exits 0 and a
// new one starts with the same arguments, serving again. With three restarts in the last ten
// minutes handed down (CYBOS_SERVER_RESTARTS) it does not restart but carries on in-process.
#include "patience.h"
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using cybos::test::patient;

namespace {

QString readLog(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The n-th (1-based) capture of `re` in the log, waiting up to timeoutMs for it.
QString waitForMatch(const QString &log, const QRegularExpression &re, int n, int timeoutMs)
{
    QString found;
    (void)QTest::qWaitFor([&] {
        int i = 0;
        for (auto it = re.globalMatch(readLog(log)); it.hasNext();) {
            const auto m = it.next();
            if (++i == n)
                found = m.captured(1);
        }
        return !found.isEmpty();
    }, timeoutMs);
    return found;
}

// Status code and JSON body of one request to the server.
std::pair<int, QJsonObject> http(const QByteArray &verb, int port, const QString &path, const QByteArray &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return {status, json};
}

bool feedConnected(int port)
{
    return http("GET", port, QStringLiteral("/api/status")).second.value(QStringLiteral("feed")).toObject()
        .value(QStringLiteral("connected")).toBool();
}

#ifdef Q_OS_UNIX
// The relaunched process is detached from us: end it whatever the test's outcome.
struct PidGuard {
    qint64 pid = 0;
    ~PidGuard()
    {
        if (pid > 0)
            ::kill(pid_t(pid), SIGKILL);
    }
    bool stop(int timeoutMs) const
    {
        ::kill(pid_t(pid), SIGTERM);
        return QTest::qWaitFor([this] { return ::kill(pid_t(pid), 0) != 0; }, timeoutMs);
    }
};
#endif

} // namespace

class TestRestart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;
    const QRegularExpression m_listening{QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)")};

    void start(QProcess &p, const QString &restarts)
    {
        m_log = m_dir.filePath(QStringLiteral("server.log"));
        QFile::remove(m_log);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CYBOS_SERVER_RESTARTS"));
        if (!restarts.isEmpty())
            env.insert(QStringLiteral("CYBOS_SERVER_RESTARTS"), restarts);
        p.setProcessEnvironment(env);
        // Files, not pipes: the relaunched process may inherit them and must never block on one.
        p.setStandardOutputFile(m_dir.filePath(QStringLiteral("stdout.txt")));
        p.setStandardErrorFile(m_dir.filePath(QStringLiteral("stderr.txt")));
        p.start(QStringLiteral(CYBOS_SERVER_BIN),
                {QStringLiteral("--headless"), QStringLiteral("--backend"), QStringLiteral("emulator"), QStringLiteral("--port"),
                 QStringLiteral("0"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("restart.db")),
                 QStringLiteral("--log-file"), m_log, QStringLiteral("--subscribe"), QStringLiteral("005930"),
                 QStringLiteral("--on-disconnect"), QStringLiteral("restart")});
    }

private Q_SLOTS:
    void relaunchesOnceTheLinkIsBack()
    {
#ifndef Q_OS_UNIX
        QSKIP("ends the detached child with kill()");
#else
        QProcess p;
        start(p, {});
        const int port = waitForMatch(m_log, m_listening, 1, patient(60000)).toInt();
        QVERIFY2(port > 0, qPrintable(readLog(m_log)));
        QTRY_VERIFY_WITH_TIMEOUT(feedConnected(port), patient(20000));
        QCOMPARE(http("POST", port, QStringLiteral("/api/emulator/disconnect"), R"({"seconds":1})").first, 202);
        QVERIFY2(p.waitForFinished(patient(30000)), qPrintable(readLog(m_log)));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        PidGuard child;
        child.pid = waitForMatch(m_log, QRegularExpression(QStringLiteral("relaunched as pid (\\d+)")), 1, patient(5000)).toLongLong();
        QVERIFY2(child.pid > 0, qPrintable(readLog(m_log)));
        const int childPort = waitForMatch(m_log, m_listening, 2, patient(60000)).toInt();
        QVERIFY2(childPort > 0, qPrintable(readLog(m_log)));
        QVERIFY(readLog(m_log).contains(QStringLiteral("restarting cybos-server")));
        QTRY_VERIFY2_WITH_TIMEOUT(readLog(m_log).contains(QStringLiteral("Started again after a Cybos disconnect (1 of at most 3")),
                                  qPrintable(readLog(m_log)), patient(20000));
        QTRY_VERIFY_WITH_TIMEOUT(feedConnected(childPort), patient(20000));
        QVERIFY(child.stop(patient(20000)));
        QCOMPARE(readLog(m_log).count(QStringLiteral("relaunched as pid")), 1); // once, not again
        child.pid = 0;
#endif
    }

    void guardStopsARestartLoop()
    {
#ifndef Q_OS_UNIX
        QSKIP("stops the server with SIGTERM");
#else
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QStringList recent;
        for (int minutesAgo : {9, 5, 1})
            recent << QString::number(now - minutesAgo * 60'000LL);
        QProcess p;
        start(p, recent.join(u','));
        const int port = waitForMatch(m_log, m_listening, 1, patient(60000)).toInt();
        QVERIFY2(port > 0, qPrintable(readLog(m_log)));
        QTRY_VERIFY2_WITH_TIMEOUT(readLog(m_log).contains(QStringLiteral("(3 of at most 3 within 10 minutes)")),
                                  qPrintable(readLog(m_log)), patient(20000)); // logged once the feed is made
        QTRY_VERIFY_WITH_TIMEOUT(feedConnected(port), patient(20000));
        QCOMPARE(http("POST", port, QStringLiteral("/api/emulator/disconnect"), R"({"seconds":1})").first, 202);
        QTRY_VERIFY_WITH_TIMEOUT(readLog(m_log).contains(QStringLiteral("carrying on without restarting")), patient(30000));
        QTRY_VERIFY_WITH_TIMEOUT(feedConnected(port), patient(20000)); // recreated in this process
        QCOMPARE(p.state(), QProcess::Running);
        p.terminate();
        QVERIFY(p.waitForFinished(patient(20000)));
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qWarning().noquote() << readLog(m_log).right(3000);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!readLog(m_log).contains(QStringLiteral("relaunched as pid")));
#endif
    }
};

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart_slow.moc"
