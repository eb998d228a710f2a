// Bad input and the error envelope: unknown routes, wrong methods, malformed bodies, wrong
// types, limits, dates, path tricks, oversized bodies. Never HTML, never a stack trace.
#include "serverfixture.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestServerErrors : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> f;

    static void verifyEnvelope(const HttpResult &r, int status, const QString &code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.errorCode(), code);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!r.body.contains("<html"));
    }

    QByteArray rawGet(const QByteArray &target) const
    {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(f->port()) + "\r\n\r\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->started());
        f->addStocks({ServerFixture::stock(QStringLiteral("005930"), QStringLiteral("삼성전자"))});
    }
    void cleanupTestCase() { f.reset(); }

    void unknownRoutes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << "/";
        QTest::newRow("api") << "/api";
        QTest::newRow("typo") << "/api/stock";
        QTest::newRow("deep") << "/api/prices/005930/history/extra";
        QTest::newRow("double slash") << "/api//stocks";
        QTest::newRow("php") << "/index.php";
    }
    void unknownRoutes()
    {
        QFETCH(QString, path);
        verifyEnvelope(f->get(path), 404, QStringLiteral("not_found"));
    }

    void wrongMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("GET sync") << QByteArray("GET") << "/api/stocks/sync" << QByteArray("POST");
        QTest::newRow("GET backfill") << QByteArray("GET") << "/api/history/backfill" << QByteArray("POST");
        QTest::newRow("GET disconnect") << QByteArray("GET") << "/api/emulator/disconnect" << QByteArray("POST");
        QTest::newRow("GET subscription") << QByteArray("GET") << "/api/subscriptions/005930" << QByteArray("DELETE");
        QTest::newRow("POST health") << QByteArray("POST") << "/api/health" << QByteArray("GET");
        QTest::newRow("DELETE stocks") << QByteArray("DELETE") << "/api/stocks" << QByteArray("GET");
        QTest::newRow("PUT subscriptions") << QByteArray("PUT") << "/api/subscriptions" << QByteArray("GET, POST");
        QTest::newRow("PATCH price") << QByteArray("PATCH") << "/api/prices/005930" << QByteArray("GET");
    }
    void wrongMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const auto r = f->send(method, path, {}, {});
        verifyEnvelope(r, 405, QStringLiteral("method_not_allowed"));
        QCOMPARE(r.header("allow"), allow);
    }

    void badBodies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        const QString subs = QStringLiteral("/api/subscriptions");
        QTest::newRow("malformed") << subs << QByteArray("{\"codes\": [") << "bad_request";
        QTest::newRow("empty") << subs << QByteArray() << "bad_request";
        QTest::newRow("array") << subs << QByteArray("[\"005930\"]") << "bad_request";
        QTest::newRow("string codes") << subs << QByteArray("{\"codes\":\"005930\"}") << "bad_request";
        QTest::newRow("number codes") << subs << QByteArray("{\"codes\":[5930]}") << "bad_request";
        QTest::newRow("null codes") << subs << QByteArray("{\"codes\":null}") << "bad_request";
        QTest::newRow("bad code") << subs << QByteArray("{\"codes\":[\"../etc\"]}") << "invalid_code";
        QTest::newRow("not utf8") << subs << QByteArray("{\"codes\":[\"\xff\xfe\"]}") << "bad_request";
        QTest::newRow("rate type") << "/api/emulator/rate" << QByteArray("{\"ticks_per_s\":true}") << "bad_request";
        QTest::newRow("rate huge") << "/api/emulator/rate" << QByteArray("{\"ticks_per_s\":1e30}") << "bad_request";
        QTest::newRow("backfill nested") << "/api/history/backfill" << QByteArray("{\"codes\":[[\"005930\"]]}") << "bad_request";
    }
    void badBodies()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        verifyEnvelope(f->send("POST", path, body, {{"Content-Type", "application/json"}}), 400, code);
    }

    void badQueries_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("limit 0") << "/api/stocks?limit=0" << "invalid_parameter";
        QTest::newRow("limit negative") << "/api/stocks?limit=-5" << "invalid_parameter";
        QTest::newRow("limit huge") << "/api/stocks?limit=10001" << "invalid_parameter";
        QTest::newRow("limit overflow") << "/api/stocks?limit=99999999999999999999999" << "invalid_parameter";
        QTest::newRow("limit text") << "/api/ticks?since_seq=0&limit=ten" << "invalid_parameter";
        QTest::newRow("market") << "/api/stocks?market=nyse" << "invalid_parameter";
        QTest::newRow("index") << "/api/stocks?index=kosdaq150" << "invalid_parameter";
        QTest::newRow("format") << "/api/stocks?format=html" << "invalid_parameter";
        QTest::newRow("stock token") << "/api/stocks?page_token=%%%" << "invalid_page_token";
        QTest::newRow("date") << "/api/ticks/005930?from=2026-13-45" << "invalid_parameter";
        QTest::newRow("date words") << "/api/ticks/005930?to=tomorrow" << "invalid_parameter";
        QTest::newRow("fresh") << "/api/prices/005930?fresh=perhaps" << "invalid_parameter";
        QTest::newRow("max wait") << "/api/prices/005930?max_wait_ms=-1" << "invalid_parameter";
        QTest::newRow("since seq text") << "/api/ticks?since_seq=abc" << "invalid_parameter";
        QTest::newRow("bad code") << "/api/prices/5930" << "invalid_code";
        QTest::newRow("long code") << "/api/prices/0059300059300059" << "invalid_code";
        QTest::newRow("batch bad code") << "/api/prices?codes=005930,xyz" << "invalid_code";
        QTest::newRow("encoded slash") << "/api/stocks/..%2F..%2Fhealth" << "invalid_code";
        QTest::newRow("encoded dots") << "/api/stocks/%2E%2E" << "invalid_code";
        QTest::newRow("nul") << "/api/stocks/%00" << "invalid_code";
    }
    void badQueries()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        verifyEnvelope(f->raw(rawGet(path.toUtf8())), 400, code);
    }

    void unknownCodes()
    {
        verifyEnvelope(f->get(QStringLiteral("/api/stocks/000000")), 404, QStringLiteral("unknown_code"));
        verifyEnvelope(f->get(QStringLiteral("/api/prices/000000")), 404, QStringLiteral("unknown_code"));
    }

    void pathTricksNeverEscape()
    {
        // Dot segments are not resolved into another route.
        verifyEnvelope(f->raw(rawGet("/api/stocks/../health")), 404, QStringLiteral("not_found"));
        verifyEnvelope(f->raw(rawGet("/api/../api/health/..")), 404, QStringLiteral("not_found"));
        QCOMPARE(f->raw(rawGet("/api/health/")).status, 200);
    }

    void oversizedBody()
    {
        const QByteArray body = "{\"codes\":[\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"]}";
        verifyEnvelope(f->post(QStringLiteral("/api/subscriptions"), body), 413, QStringLiteral("payload_too_large"));
        // Just under the limit is read and judged on its content.
        const QByteArray fits = "{\"codes\":[\"005930\"],\"pad\":\"" + QByteArray(1024 * 1024 - 64, 'x') + "\"}";
        QCOMPARE(f->post(QStringLiteral("/api/subscriptions"), fits).status, 200);
    }

    void webSocketPathWithoutUpgrade()
    {
        verifyEnvelope(f->get(QStringLiteral("/ws")), 400, QStringLiteral("bad_request"));
        verifyEnvelope(f->get(QStringLiteral("/ws/prices/005930")), 400, QStringLiteral("bad_request"));
    }

    // Found by the fuzz run: Qt answered a bad version with a bare 400 and a missing key with
    // nothing at all. Each is refused in the envelope, with the version the server speaks.
    void malformedWebSocketHandshake_data()
    {
        QTest::addColumn<QByteArray>("headers");
        const QByteArray key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
        QTest::newRow("no key") << QByteArray("Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n");
        QTest::newRow("short key") << QByteArray("Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: eA==\r\n");
        QTest::newRow("version 99") << "Connection: Upgrade\r\nSec-WebSocket-Version: 99\r\n" + key;
        QTest::newRow("no version") << "Connection: Upgrade\r\n" + key;
        QTest::newRow("no Connection") << "Sec-WebSocket-Version: 13\r\n" + key;
    }
    void malformedWebSocketHandshake()
    {
        QFETCH(QByteArray, headers);
        const auto r = f->raw("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(f->port())
                              + "\r\nUpgrade: websocket\r\n" + headers + "\r\n");
        verifyEnvelope(r, 400, QStringLiteral("bad_request"));
        QCOMPARE(r.header("sec-websocket-version"), QByteArray("13"));
        int status = 0;
        QVERIFY(f->rawWebSocket(QStringLiteral("/ws"), {}, &status));
        QCOMPARE(status, 101);
    }

    void garbageRequestLine()
    {
        // Qt's parser refuses it; the connection closes without an answer rather than hanging.
        const auto r = f->raw("HELLO\r\n\r\n");
        QVERIFY(r.status == 0 || r.status == 400);
        QCOMPARE(f->get(QStringLiteral("/api/health")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerErrors)
#include "tst_server_errors.moc"
