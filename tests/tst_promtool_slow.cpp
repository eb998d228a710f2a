// /metrics of the real cybos-server (emulator, port 0, ticks flowing, requests of several routes
// and statuses counted) checked by Prometheus' own linter, `promtool check metrics` (Debian's
// prometheus package). Skipped only when promtool is not installed.
#include "patience.h"
#include "serverfixture.h"
#include "forwardprocs.h"
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cybos::test;

class TestPromtool : public QObject
{
    Q_OBJECT

private:
    QString promtool;

    // promtool's verdict on an exposition: exit code and everything it printed.
    QPair<int, QByteArray> check(const QByteArray &exposition)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        if (!p.waitForStarted(patient(10000)))
            return {-1, QByteArrayLiteral("promtool did not start")};
        p.write(exposition);
        p.closeWriteChannel();
        if (!p.waitForFinished(patient(30000)))
            return {-1, QByteArrayLiteral("promtool did not finish")};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll().trimmed()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus; .ci/setup.sh installs it)");
    }

    // The control: promtool does complain about what breaks its rules, so silence means something.
    void promtoolFindsProblems()
    {
        const auto [code, out] = check("# HELP cybos_x Count.\n# TYPE cybos_x counter\ncybos_x 1\n");
        QVERIFY2(code != 0 || !out.isEmpty(), "promtool accepted a counter without _total");
        QVERIFY2(out.contains("_total"), out.constData());
    }

    void liveMetricsPass()
    {
        QTemporaryDir dir;
        ServerProc server(QStringLiteral("server"));
        server.start({QStringLiteral("--backend"), QStringLiteral("emulator"), QStringLiteral("--port"), QStringLiteral("0"),
                      QStringLiteral("--db"), dir.filePath(QStringLiteral("metrics.db")), QStringLiteral("--subscribe"),
                      QStringLiteral("005930,000660"), QStringLiteral("--log-file"), dir.filePath(QStringLiteral("log"))});
        QTRY_VERIFY2_WITH_TIMEOUT(server.port() > 0, qPrintable(server.log()), patient(30000));
        // Ticks stored, so every family has samples; requests of several routes and statuses.
        QTRY_VERIFY_WITH_TIMEOUT(status(server.port()).value(QStringLiteral("database")).toObject()
                                     .value(QStringLiteral("committed_seq")).toInteger() > 0, patient(30000));
        for (const char *path : {"/api/prices/005930", "/api/stocks/zz", "/api/ticks?since_seq=0&limit=5", "/nowhere"})
            requestJson(server.port(), "GET", QString::fromLatin1(path));
        requestJson(server.port(), "GET", QStringLiteral("/api/history/backfill"));
        QWebSocket ws;
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/prices/005930").arg(server.port())));
        QTRY_VERIFY_WITH_TIMEOUT(ws.state() == QAbstractSocket::ConnectedState, patient(10000));

        QNetworkAccessManager nam;
        const HttpResult metrics = replyResult(nam.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(server.port())))));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("cybos_http_requests_total{"));
        const auto [code, out] = check(metrics.body);
        QVERIFY2(code == 0 && out.isEmpty(), QByteArray(QByteArray::number(code) + ": " + out).constData());
    }
};

QTEST_MAIN(TestPromtool)
#include "tst_promtool_slow.moc"
