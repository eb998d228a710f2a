// The relay's ingest endpoints (HTTP handlers called directly, the /ws/ingest session over a
// real socket) and the RelayFeed's connection state.
#include "core/server/ingest/ingestendpoints.h"
#include "core/relay/relayfeed.h"
#include "core/domain/domainjson.h"
#include "forwardfakes.h"
#include "relayfakes.h"
#include <QSignalSpy>
#include <qcoro/qcorotask.h>

using namespace cybos;
using namespace cybos::test;

namespace {
QByteArray tickBody(qint64 first, int n)
{
    QByteArray body("{\"source\":\"src-1\",\"ticks\":[");
    const TickList ticks = makeTicks(first, n);
    for (int i = 0; i < ticks.size(); ++i) {
        if (i)
            body += ',';
        body += DomainJson::toJson(ticks.at(i));
    }
    return body + "]}";
}

HttpRequest post(QByteArray body)
{
    HttpRequest r;
    r.method = HttpMethod::Post;
    r.path = QStringLiteral("/api/ingest");
    r.body = std::move(body);
    return r;
}

// A /ws/ingest session: a WebSocket server handing its sockets to the endpoints.
class WsRig : public QObject
{
public:
    WsRig(IngestEndpoints *endpoints, bool authenticated)
        : server(QStringLiteral("relay"), QWebSocketServer::NonSecureMode)
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QWebSocketServer::newConnection, this, [this, endpoints, authenticated] {
            endpoints->acceptSocket(server.nextPendingConnection(), authenticated);
        });
        connect(&client, &QWebSocket::textMessageReceived, this, [this](const QString &t) {
            frames << QJsonDocument::fromJson(t.toUtf8()).array().at(0).toObject();
        });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/ingest").arg(server.serverPort())));
    }
    bool waitFor(int n) { return QTest::qWaitFor([&] { return frames.size() >= n; }, 10000); }

    QWebSocketServer server;
    QWebSocket client;
    QList<QJsonObject> frames;
};
} // namespace

class TestRelayEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void httpPushIsStoredAndAcknowledged();
    void httpRejectsMalformedPushes_data();
    void httpRejectsMalformedPushes();
    void httpRefusesWithoutAConfiguredKey();
    void httpStockPush();
    void wsPushesAreAcknowledgedInOrder();
    void wsNeedsAuthFirst();
    void wsRejectsAWrongKey();
    void relayFeedFollowsPushes();
};

void TestRelayEndpoints::httpPushIsStoredAndAcknowledged()
{
    RelayRig relay;
    IngestEndpoints endpoints(relay.ingest.get(), QStringLiteral("k"));
    const HttpResponse r = await(endpoints.postTicks(post(tickBody(5, 100))));
    QCOMPARE(r.status, 200);
    const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(answer.value(QLatin1String("ack_seq")).toInteger(), 104);
    QCOMPARE(answer.value(QLatin1String("stored")).toInt(), 100);
    QCOMPARE(asAtSource(relay.stored()), makeTicks(5, 100));
    const HttpResponse again = await(endpoints.postTicks(post(tickBody(5, 100))));
    QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QLatin1String("duplicates")).toInt(), 100);
}

void TestRelayEndpoints::httpRejectsMalformedPushes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArrayLiteral("{\"ticks\":[");
    QTest::newRow("no ticks") << QByteArrayLiteral("{\"source\":\"x\"}");
    QTest::newRow("ticks not an array") << QByteArrayLiteral("{\"ticks\":{}}");
    QTest::newRow("tick without seq") << QByteArrayLiteral(R"({"ticks":[{"code":"005930","time":1,"price":1,"volume":1}]})");
    QTest::newRow("bad code") << QByteArrayLiteral(R"({"ticks":[{"seq":1,"code":"??","time":1,"price":1,"volume":1}]})");
    QTest::newRow("array body") << QByteArrayLiteral("[]");
}

void TestRelayEndpoints::httpRejectsMalformedPushes()
{
    QFETCH(QByteArray, body);
    RelayRig relay;
    IngestEndpoints endpoints(relay.ingest.get(), QStringLiteral("k"));
    const HttpResponse r = await(endpoints.postTicks(post(body)));
    QCOMPARE(r.status, 400);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toObject()
                 .value(QLatin1String("code")).toString(), QStringLiteral("bad_request"));
    QVERIFY(relay.stored().isEmpty());
}

void TestRelayEndpoints::httpRefusesWithoutAConfiguredKey()
{
    RelayRig relay;
    IngestEndpoints endpoints(relay.ingest.get(), QString());
    const HttpResponse r = await(endpoints.postTicks(post(tickBody(1, 3))));
    QCOMPARE(r.status, 403);
    QVERIFY(relay.stored().isEmpty());
}

void TestRelayEndpoints::httpStockPush()
{
    RelayRig relay;
    IngestEndpoints endpoints(relay.ingest.get(), QStringLiteral("k"));
    HttpRequest r = post(QByteArrayLiteral(
        R"({"source":"s","stocks":[{"code":"005930","name":"삼성전자","market":"kospi","kospi200":true,"status":"normal"},)"
        R"({"code":"A000660","name":"SK하이닉스","market":"kospi","prev_close":120000}]})"));
    const HttpResponse answer = await(endpoints.postStocks(r));
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(QLatin1String("stored")).toInt(), 2);
    RelayFeed feed(relay.storage.database());
    auto stocks = await(feed.stockList());
    QVERIFY(stocks.ok());
    QCOMPARE(stocks->size(), 2);
    QCOMPARE(stocks->at(0).code, QStringLiteral("000660")); // the Cybos form is normalised (rows by code)
}

void TestRelayEndpoints::wsPushesAreAcknowledgedInOrder()
{
    RelayRig relay;
    IngestEndpoints endpoints(relay.ingest.get(), QStringLiteral("k"));
    WsRig ws(&endpoints, true);
    QVERIFY(ws.waitFor(1));
    QCOMPARE(ws.frames.at(0).value(QLatin1String("type")).toString(), QStringLiteral("hello"));
    for (int i = 0; i < 5; ++i) {
        QByteArray frame = tickBody(1 + i * 10, 10);
        frame.replace("{\"source\"", "{\"op\":\"ingest\",\"source\"");
        ws.client.sendTextMessage(QString::fromUtf8(frame));
    }
    QVERIFY(ws.waitFor(6));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(ws.frames.at(1 + i).value(QLatin1String("type")).toString(), QStringLiteral("ack"));
        QCOMPARE(ws.frames.at(1 + i).value(QLatin1String("seq")).toInteger(), 10 * (i + 1));
    }
    QCOMPARE(relay.stored().size(), 50);
    QCOMPARE(endpoints.socketCount(), 1);
}

void TestRelayEndpoints::wsNeedsAuthFirst()
{
    RelayRig relay;
    IngestEndpoints endpoints(relay.ingest.get(), QStringLiteral("k"));
    WsRig ws(&endpoints, false);
    QVERIFY(ws.waitFor(1));
    ws.client.sendTextMessage(QStringLiteral(R"({"op":"auth","key":"k"})"));
    QVERIFY(ws.waitFor(2));
    QCOMPARE(ws.frames.at(1).value(QLatin1String("type")).toString(), QStringLiteral("authenticated"));
    QByteArray frame = tickBody(1, 3);
    frame.replace("{\"source\"", "{\"op\":\"ingest\",\"source\"");
    ws.client.sendTextMessage(QString::fromUtf8(frame));
    QVERIFY(ws.waitFor(3));
    QCOMPARE(ws.frames.at(2).value(QLatin1String("seq")).toInteger(), 3);
}

void TestRelayEndpoints::wsRejectsAWrongKey()
{
    RelayRig relay;
    IngestEndpoints endpoints(relay.ingest.get(), QStringLiteral("k"));
    WsRig ws(&endpoints, false);
    QSignalSpy closed(&ws.client, &QWebSocket::disconnected);
    QVERIFY(ws.waitFor(1));
    QByteArray frame = tickBody(1, 3);
    frame.replace("{\"source\"", "{\"op\":\"ingest\",\"source\"");
    ws.client.sendTextMessage(QString::fromUtf8(frame)); // ticks before auth
    QVERIFY(ws.waitFor(2));
    QCOMPARE(ws.frames.at(1).value(QLatin1String("code")).toString(), QStringLiteral("unauthorized"));
    QTRY_VERIFY(!closed.isEmpty());
    QVERIFY(relay.stored().isEmpty());
}

void TestRelayEndpoints::relayFeedFollowsPushes()
{
    RelayRig relay;
    RelayFeed feed(relay.storage.database(), 100);
    QObject::connect(relay.ingest.get(), &IngestService::pushed, &feed, &RelayFeed::notePush);
    QSignalSpy connection(&feed, &MarketFeed::connectionChanged);
    QVERIFY(!feed.isConnected());
    QCOMPARE(feed.backendName(), QStringLiteral("relay"));
    QVERIFY(await(relay.ingest->ingest(QStringLiteral("s"), makeTicks(1, 2))).ok());
    QVERIFY(feed.isConnected());
    QCOMPARE(connection.size(), 1);
    QVERIFY(connection.wait(5000)); // no push for 100 ms: disconnected
    QCOMPARE(connection.at(1).at(0).toBool(), false);
    QVERIFY(!feed.isConnected());
    auto book = await(feed.orderBook(QStringLiteral("005930")));
    QCOMPARE(book.error().code, ErrorCode::FeedUnavailable);
}

QTEST_GUILESS_MAIN(TestRelayEndpoints)
#include "tst_relayendpoints.moc"
