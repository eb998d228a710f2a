// api.md "Security": Host header, Origin allow-list and CORS, API key (headers, ?token= on
// WebSocket handshakes, the auth message), brute-force bans, loopback-only without a key.
#include "serverfixture.h"
#include "core/server/security/accessguard.h"
#include "core/server/serverworker.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestSecurity : public QObject
{
    Q_OBJECT

private:
    static QByteArray rawGet(const QByteArray &path, const QByteArray &host)
    {
        QByteArray r = "GET " + path + " HTTP/1.1\r\n";
        if (!host.isNull())
            r += "Host: " + host + "\r\n";
        return r + "\r\n";
    }

    static FixtureSetup keyed(qint64 banMs = 10 * 60 * 1000)
    {
        FixtureSetup s;
        s.apiKey = QStringLiteral("s3cret-key");
        s.options.banMs = banMs;
        return s;
    }

private Q_SLOTS:
    void hostHeader_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("localhost") << QByteArray("localhost") << 200;
        QTest::newRow("localhost port") << QByteArray("localhost:8000") << 200;
        QTest::newRow("upper case") << QByteArray("LocalHost:1") << 200;
        QTest::newRow("ipv4") << QByteArray("127.0.0.1:1234") << 200;
        QTest::newRow("ipv6") << QByteArray("[::1]:8000") << 200;
        QTest::newRow("ipv6 bare") << QByteArray("[::1]") << 200;
        QTest::newRow("configured") << QByteArray("trader.lan:8000") << 200;
        QTest::newRow("rebinding") << QByteArray("evil.example") << 403;
        QTest::newRow("rebinding port") << QByteArray("evil.example:8000") << 403;
        QTest::newRow("suffix") << QByteArray("localhost.evil.example") << 403;
        QTest::newRow("other ip") << QByteArray("10.0.0.1") << 403;
        QTest::newRow("empty") << QByteArray("") << 403;
        QTest::newRow("missing") << QByteArray() << 403;
    }
    void hostHeader()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        FixtureSetup setup;
        setup.hostNames = {QStringLiteral("trader.lan")};
        ServerFixture f(setup);
        const auto r = f.raw(rawGet("/api/status", host));
        QCOMPARE(r.status, status);
        if (status == 403)
            QCOMPARE(r.errorCode(), QStringLiteral("host_not_allowed"));
    }

    void originRefusedWithoutAllowList()
    {
        ServerFixture f;
        auto r = f.get(QStringLiteral("/api/health"), {{"Origin", "http://evil.example"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("origin_not_allowed"));
        r = f.get(QStringLiteral("/api/health"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("access-control-allow-origin").isEmpty());
        // No CORS: a preflight is just a method the path does not take.
        QCOMPARE(f.send("OPTIONS", QStringLiteral("/api/health"), {}, {}).status, 405);
    }

    void corsWithAllowList()
    {
        FixtureSetup setup;
        setup.allowedOrigins = {QStringLiteral("http://dashboard.local:3000")};
        ServerFixture f(setup);
        auto r = f.get(QStringLiteral("/api/health"), {{"Origin", "http://dashboard.local:3000"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://dashboard.local:3000"));
        QCOMPARE(r.header("vary"), QByteArray("Origin"));
        r = f.send("OPTIONS", QStringLiteral("/api/subscriptions"), {},
                   {{"Origin", "http://dashboard.local:3000"}, {"Access-Control-Request-Method", "POST"}});
        QCOMPARE(r.status, 204);
        QVERIFY(r.header("access-control-allow-methods").contains("POST"));
        QVERIFY(r.header("access-control-allow-headers").contains("Authorization"));
        r = f.get(QStringLiteral("/api/health"), {{"Origin", "http://evil.example"}});
        QCOMPARE(r.status, 403);
        QVERIFY(r.header("access-control-allow-origin").isEmpty());
        QCOMPARE(f.get(QStringLiteral("/api/health")).header("access-control-allow-origin"), QByteArray());
    }

    void apiKey_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("none") << QByteArray() << QByteArray() << 401;
        QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer s3cret-key") << 200;
        QTest::newRow("bearer case") << QByteArray("Authorization") << QByteArray("bearer s3cret-key") << 200;
        QTest::newRow("x-api-key") << QByteArray("X-API-Key") << QByteArray("s3cret-key") << 200;
        QTest::newRow("wrong") << QByteArray("X-API-Key") << QByteArray("s3cret-kez") << 401;
        QTest::newRow("prefix") << QByteArray("X-API-Key") << QByteArray("s3cret") << 401;
        QTest::newRow("basic") << QByteArray("Authorization") << QByteArray("Basic czNjcmV0LWtleQ==") << 401;
    }
    void apiKey()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        ServerFixture f(keyed());
        ServerFixture::Headers headers;
        if (!name.isEmpty())
            headers.append({name, value});
        const auto r = f.get(QStringLiteral("/api/status"), headers);
        QCOMPARE(r.status, status);
        if (status == 401)
            QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
        // Health, the document and the reference page never need the key.
        QCOMPARE(f.get(QStringLiteral("/api/health")).status, 200);
        QCOMPARE(f.get(QStringLiteral("/api/openapi.json")).status, 200);
    }

    void queryTokenOnlyForWebSockets()
    {
        ServerFixture f(keyed());
        QCOMPARE(f.get(QStringLiteral("/api/status?token=s3cret-key")).status, 401);
        WsProbe probe(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws?token=s3cret-key").arg(f.port())));
        QVERIFY(probe.waitConnected());
        QCOMPARE(probe.waitFor(QStringLiteral("hello")).value(QStringLiteral("auth")).toString(), QStringLiteral("required"));
        probe.send({{QStringLiteral("op"), QStringLiteral("list")}, {QStringLiteral("id"), 1}});
        QCOMPARE(probe.waitFor(QStringLiteral("subscribed")).value(QStringLiteral("id")).toInt(), 1);
    }

    void webSocketHandshakeRefusals()
    {
        FixtureSetup setup = keyed();
        setup.allowedOrigins = {QStringLiteral("http://ok.local")};
        ServerFixture f(setup);
        int status = 0;
        auto s = f.rawWebSocket(QStringLiteral("/ws"), {{"Origin", "http://evil.example"}}, &status);
        QCOMPARE(status, 403);
        s = f.rawWebSocket(QStringLiteral("/ws?token=wrong"), {}, &status);
        QCOMPARE(status, 401);
        s = f.rawWebSocket(QStringLiteral("/ws"), {{"Authorization", "Bearer wrong"}}, &status);
        QCOMPARE(status, 401);
        s = f.rawWebSocket(QStringLiteral("/nowhere"), {}, &status);
        QCOMPARE(status, 404);
        s = f.rawWebSocket(QStringLiteral("/ws"), {{"Origin", "http://ok.local"}}, &status);
        QCOMPARE(status, 101);
        s = f.rawWebSocket(QStringLiteral("/ws?token=s3cret-key"), {}, &status);
        QCOMPARE(status, 101);
    }

    void bruteForceBan()
    {
        ServerFixture f(keyed(400));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(f.get(QStringLiteral("/api/status"), {{"X-API-Key", "guess"}}).status, 401);
        QCOMPARE(f.get(QStringLiteral("/api/status"), {{"X-API-Key", "guess"}}).status, 401); // the fifth bans
        auto r = f.get(QStringLiteral("/api/status"), {{"X-API-Key", "s3cret-key"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("banned"));
        QCOMPARE(f.get(QStringLiteral("/api/health")).status, 200);
        const auto last = f.log.recent(10);
        QVERIFY(std::any_of(last.cbegin(), last.cend(), [](const LogEvent &e) {
            return e.source == u"server" && e.message.contains(QStringLiteral("banned"));
        }));
        // The ban runs out (400 ms here, 10 minutes by default).
        QTRY_COMPARE_WITH_TIMEOUT(f.get(QStringLiteral("/api/status"), {{"X-API-Key", "s3cret-key"}}).status, 200, 5000);
    }

    void webSocketAuthMessageCountsTowardsBan()
    {
        ServerFixture f(keyed());
        WsProbe ws(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(f.port())));
        QVERIFY(ws.waitConnected());
        QCOMPARE(ws.waitFor(QStringLiteral("hello")).value(QStringLiteral("auth")).toString(), QStringLiteral("required"));
        for (int i = 0; i < 5; ++i)
            ws.send({{QStringLiteral("op"), QStringLiteral("auth")}, {QStringLiteral("key"), QStringLiteral("guess")}});
        QVERIFY(ws.waitClosed());
        QCOMPARE(ws.closeCode, 1008);
        QVERIFY(ws.ofType(QStringLiteral("error")).size() >= 5);
        QCOMPARE(f.get(QStringLiteral("/api/status"), {{"X-API-Key", "s3cret-key"}}).errorCode(), QStringLiteral("banned"));
    }

    void bindNeedsKeyOffLoopback()
    {
        Config c;
        c.bind = QStringLiteral("0.0.0.0");
        auto r = bindAddressOf(c);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InsecureBind);
        QVERIFY(r.error().message.contains(QStringLiteral("API key")));
        c.apiKey = QStringLiteral("k");
        QVERIFY(bindAddressOf(c));
        c = Config{};
        c.bind = QStringLiteral("::1");
        QVERIFY(bindAddressOf(c));
        c.bind = QStringLiteral("localhost");
        QCOMPARE(bindAddressOf(c).value(), QHostAddress(QHostAddress::LocalHost));
        c.bind = QStringLiteral("not-an-ip");
        QCOMPARE(bindAddressOf(c).error().code, ErrorCode::BadBind);

        FixtureSetup setup;
        setup.bind = QStringLiteral("0.0.0.0");
        ServerFixture f(setup);
        QVERIFY(!f.started());
        QCOMPARE(f.server().start().error().code, ErrorCode::InsecureBind);
    }

    void constantTime()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(!constantTimeEquals("", "a"));
        QVERIFY(constantTimeEquals("", ""));
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
