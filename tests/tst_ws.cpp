// The WebSocket protocol of api.md: hello, subscribe/unsubscribe/list/ping with id echo,
// errors that keep the connection open, ticks in seq order (one message each, batched per
// frame), status messages, /ws/prices/{code}, reference-counted watch/unwatch.
#include "serverfixture.h"
#include "core/domain/ksttime.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
QJsonObject op(const char *name, int id, const QStringList &codes = {})
{
    QJsonObject o{{QStringLiteral("op"), QLatin1String(name)}, {QStringLiteral("id"), id}};
    if (!codes.isEmpty())
        o.insert(QStringLiteral("codes"), QJsonArray::fromStringList(codes));
    return o;
}

QStringList codesOf(const QJsonObject &message)
{
    QStringList out;
    for (const QJsonValue &v : message.value(QStringLiteral("codes")).toArray())
        out.append(v.toString());
    return out;
}
} // namespace

class TestWs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> f;

    std::unique_ptr<WsProbe> connectWs(const QString &path = QStringLiteral("/ws"))
    {
        auto ws = std::make_unique<WsProbe>(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(f->port()).arg(path)));
        if (!ws->waitConnected())
            return nullptr;
        return ws;
    }

    void publish(const QString &code, int n)
    {
        for (int i = 0; i < n; ++i)
            f->bus.publish(ServerFixture::tick(0, code, Kst::nowMs(), 71000 + i));
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->started());
        f->addStocks({ServerFixture::stock(QStringLiteral("005930"), QStringLiteral("삼성전자")),
                      ServerFixture::stock(QStringLiteral("000660"), QStringLiteral("SK하이닉스")),
                      ServerFixture::stock(QStringLiteral("035720"), QStringLiteral("카카오"))});
    }
    void cleanup() { f.reset(); }

    void hello()
    {
        auto ws = connectWs();
        QVERIFY(ws);
        const QJsonObject hello = ws->waitFor(QStringLiteral("hello"));
        QCOMPARE(hello.value(QStringLiteral("auth")).toString(), QStringLiteral("none"));
        QCOMPARE(hello.value(QStringLiteral("version")).toString(), QStringLiteral(CYBOS_VERSION));
        QVERIFY(hello.value(QStringLiteral("server_time")).toString().endsWith(QStringLiteral("+09:00")));
        QCOMPARE(ws->frameSizes.value(0), 1);
        QTRY_COMPARE(f->server().wsClients(), 1);
    }

    void subscribeListUnsubscribePing()
    {
        auto ws = connectWs();
        QVERIFY(ws);
        ws->send(op("subscribe", 7, {QStringLiteral("005930"), QStringLiteral("a000660")}));
        QJsonObject m = ws->waitFor(QStringLiteral("subscribed"));
        QCOMPARE(m.value(QStringLiteral("id")).toInt(), 7);
        QCOMPARE(codesOf(m), (QStringList{QStringLiteral("005930"), QStringLiteral("000660")}));
        qsizetype from = 0;
        ws->waitFor(QStringLiteral("subscribed"), 100, &from);
        ws->send(op("unsubscribe", 8, {QStringLiteral("005930")}));
        m = ws->waitFor(QStringLiteral("subscribed"), 5000, &from);
        QCOMPARE(m.value(QStringLiteral("id")).toInt(), 8);
        QCOMPARE(codesOf(m), QStringList{QStringLiteral("000660")});
        ws->send(op("list", 9));
        m = ws->waitFor(QStringLiteral("subscribed"), 5000, &from);
        QCOMPARE(m.value(QStringLiteral("id")).toInt(), 9);
        QCOMPARE(codesOf(m), QStringList{QStringLiteral("000660")});
        ws->send({{QStringLiteral("op"), QStringLiteral("ping")}, {QStringLiteral("id"), QStringLiteral("p-10")}});
        m = ws->waitFor(QStringLiteral("pong"));
        QCOMPARE(m.value(QStringLiteral("id")).toString(), QStringLiteral("p-10"));
        QVERIFY(m.contains(QStringLiteral("server_time")));
    }

    void unknownCodesAndTheRest()
    {
        auto ws = connectWs();
        QVERIFY(ws);
        ws->send(op("subscribe", 3, {QStringLiteral("005930"), QStringLiteral("999999"), QStringLiteral("bogus")}));
        const QJsonObject err = ws->waitFor(QStringLiteral("error"));
        QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("unknown_code"));
        QCOMPARE(err.value(QStringLiteral("id")).toInt(), 3);
        QCOMPARE(codesOf(err), (QStringList{QStringLiteral("999999"), QStringLiteral("bogus")}));
        QCOMPARE(codesOf(ws->waitFor(QStringLiteral("subscribed"))), QStringList{QStringLiteral("005930")});
    }

    void malformedMessagesKeepTheConnection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("not json") << "hello";
        QTest::newRow("array") << "[1,2]";
        QTest::newRow("no op") << "{\"id\":1}";
        QTest::newRow("op number") << "{\"op\":5}";
        QTest::newRow("unknown op") << "{\"op\":\"dance\",\"id\":1}";
        QTest::newRow("codes string") << "{\"op\":\"subscribe\",\"codes\":\"005930\",\"id\":1}";
        QTest::newRow("codes numbers") << "{\"op\":\"subscribe\",\"codes\":[5930],\"id\":1}";
        QTest::newRow("auth without key") << "{\"op\":\"auth\"}";
        QTest::newRow("truncated") << "{\"op\":\"subscribe\",\"codes\":[\"0059";
    }
    void malformedMessagesKeepTheConnection()
    {
        QFETCH(QString, text);
        auto ws = connectWs();
        QVERIFY(ws);
        ws->sendText(text);
        const QJsonObject err = ws->waitFor(QStringLiteral("error"));
        QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("bad_request"));
        QVERIFY(!err.value(QStringLiteral("message")).toString().isEmpty());
        ws->send(op("ping", 11));
        QCOMPARE(ws->waitFor(QStringLiteral("pong")).value(QStringLiteral("id")).toInt(), 11);
        QVERIFY(!ws->closed);
    }

    void beforeTheFirstCodeSyncEveryWellFormedCodeIsAccepted()
    {
        f = std::make_unique<ServerFixture>(); // no stock list yet, as right after a first start
        QVERIFY(f->started());
        auto ws = connectWs(QStringLiteral("/ws/prices/005930"));
        QVERIFY(ws);
        QCOMPARE(codesOf(ws->waitFor(QStringLiteral("subscribed"))), QStringList{QStringLiteral("005930")});
        ws->send(op("subscribe", 2, {QStringLiteral("59 30")}));
        QCOMPARE(ws->waitFor(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("unknown_code"));
    }

    void binaryIsBadRequest()
    {
        auto ws = connectWs();
        QVERIFY(ws);
        ws->socket.sendBinaryMessage(QByteArray("\x01\x02"));
        QCOMPARE(ws->waitFor(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("bad_request"));
        QVERIFY(!ws->closed);
    }

    void ticksInSeqOrderOnlyForSubscribedCodes()
    {
        auto ws = connectWs();
        QVERIFY(ws);
        ws->send(op("subscribe", 1, {QStringLiteral("005930"), QStringLiteral("000660")}));
        QVERIFY(!ws->waitFor(QStringLiteral("subscribed")).isEmpty());
        for (int i = 0; i < 300; ++i) {
            const QString code = i % 3 == 0 ? QStringLiteral("005930") : i % 3 == 1 ? QStringLiteral("000660") : QStringLiteral("035720");
            f->bus.publish(ServerFixture::tick(0, code, Kst::nowMs(), 71000 + i));
        }
        QTRY_COMPARE(ws->ofType(QStringLiteral("tick")).size(), 200);
        const QList<QJsonObject> ticks = ws->ofType(QStringLiteral("tick"));
        qint64 last = 0;
        for (const QJsonObject &t : ticks) {
            QVERIFY(t.value(QStringLiteral("seq")).toInteger() > last);
            last = t.value(QStringLiteral("seq")).toInteger();
            QVERIFY(t.value(QStringLiteral("code")).toString() != u"035720");
            for (const char *key : {"time", "price", "change", "volume", "cum_volume", "cum_value", "ask", "bid", "side", "session"})
                QVERIFY2(t.contains(QLatin1String(key)), key);
        }
        // Published in one event-loop turn: batched, several tick messages per frame.
        QVERIFY(*std::max_element(ws->frameSizes.cbegin(), ws->frameSizes.cend()) > 1);
        const auto metrics = f->get(QStringLiteral("/metrics"));
        QVERIFY(metrics.body.contains("cybos_ws_ticks_sent_total 200"));
        QVERIFY(!metrics.body.contains("cybos_ws_frames_sent_total 0\n"));
        QVERIFY(!metrics.body.contains("cybos_ws_bytes_sent_total 0\n"));
    }

    void oneSerialisationForEveryClient()
    {
        auto a = connectWs();
        auto b = connectWs();
        QVERIFY(a && b);
        a->send(op("subscribe", 1, {QStringLiteral("005930")}));
        b->send(op("subscribe", 1, {QStringLiteral("005930")}));
        QVERIFY(!a->waitFor(QStringLiteral("subscribed")).isEmpty());
        QVERIFY(!b->waitFor(QStringLiteral("subscribed")).isEmpty());
        publish(QStringLiteral("005930"), 5);
        QTRY_COMPARE(a->ofType(QStringLiteral("tick")).size(), 5);
        QTRY_COMPARE(b->ofType(QStringLiteral("tick")).size(), 5);
        QCOMPARE(a->ofType(QStringLiteral("tick")), b->ofType(QStringLiteral("tick")));
    }

    void clientsWithDifferentCodesGetTheirOwnFrames()
    {
        // Frames are shared between clients that want the same ticks: overlapping sets must
        // still each get exactly their codes, in seq order, across many merged batches.
        const QString s = QStringLiteral("005930"), h = QStringLiteral("000660");
        auto a = connectWs(), b = connectWs(), c = connectWs();
        QVERIFY(a && b && c);
        a->send(op("subscribe", 1, {s}));
        b->send(op("subscribe", 1, {s, h}));
        c->send(op("subscribe", 1, {h}));
        for (auto *ws : {a.get(), b.get(), c.get()})
            QVERIFY(!ws->waitFor(QStringLiteral("subscribed")).isEmpty());
        for (int batch = 0; batch < 20; ++batch) {
            for (int i = 0; i < 7; ++i)
                f->bus.publish(ServerFixture::tick(0, (batch + i) % 3 ? s : h, Kst::nowMs(), 71000 + i));
            f->bus.flush(); // separate batches, published back to back
        }
        QTRY_COMPARE(b->ofType(QStringLiteral("tick")).size(), 140);
        QTRY_COMPARE(a->ofType(QStringLiteral("tick")).size() + c->ofType(QStringLiteral("tick")).size(), 140);
        QList<QJsonObject> bS, bH;
        for (const QJsonObject &t : b->ofType(QStringLiteral("tick")))
            (t.value(QStringLiteral("code")).toString() == s ? bS : bH).append(t);
        QCOMPARE(a->ofType(QStringLiteral("tick")), bS);
        QCOMPARE(c->ofType(QStringLiteral("tick")), bH);
        qint64 last = 0;
        for (const QJsonObject &t : b->ofType(QStringLiteral("tick"))) {
            QVERIFY(t.value(QStringLiteral("seq")).toInteger() == last + 1 || last == 0);
            last = t.value(QStringLiteral("seq")).toInteger();
        }
    }

    void watchIsReferenceCounted()
    {
        auto a = connectWs();
        auto b = connectWs();
        QVERIFY(a && b);
        a->send(op("subscribe", 1, {QStringLiteral("005930")}));
        QVERIFY(!a->waitFor(QStringLiteral("subscribed")).isEmpty());
        b->send(op("subscribe", 1, {QStringLiteral("005930"), QStringLiteral("000660")}));
        QVERIFY(!b->waitFor(QStringLiteral("subscribed")).isEmpty());
        QCOMPARE(f->services.watchCalls, (QList<QStringList>{{QStringLiteral("005930")}, {QStringLiteral("000660")}}));
        a->send(op("unsubscribe", 2, {QStringLiteral("005930")}));
        QTRY_COMPARE(a->ofType(QStringLiteral("subscribed")).size(), 2);
        QVERIFY(f->services.unwatchCalls.isEmpty());
        b->socket.close();
        QTRY_COMPARE(f->services.unwatchCalls.size(), 1);
        QStringList gone = f->services.unwatchCalls.at(0);
        gone.sort();
        QCOMPARE(gone, (QStringList{QStringLiteral("000660"), QStringLiteral("005930")}));
        QVERIFY(f->services.watched().isEmpty());
        QCOMPARE(f->services.callThreads, QSet<QThread *>{QThread::currentThread()});
    }

    void statusMessages()
    {
        auto ws = connectWs();
        QVERIFY(ws);
        QVERIFY(!ws->waitFor(QStringLiteral("hello")).isEmpty());
        f->services.setConnected(false);
        QCOMPARE(ws->waitFor(QStringLiteral("status")).value(QStringLiteral("feed")).toString(), QStringLiteral("disconnected"));
        qsizetype from = 0;
        ws->waitFor(QStringLiteral("status"), 100, &from);
        f->services.setConnected(true);
        QCOMPARE(ws->waitFor(QStringLiteral("status"), 5000, &from).value(QStringLiteral("feed")).toString(), QStringLiteral("connected"));
    }

    void pricesPathSubscribesOnOpen()
    {
        auto ws = connectWs(QStringLiteral("/ws/prices/A005930"));
        QVERIFY(ws);
        const QJsonObject m = ws->waitFor(QStringLiteral("subscribed"));
        QCOMPARE(codesOf(m), QStringList{QStringLiteral("005930")});
        QVERIFY(!m.contains(QStringLiteral("id")));
        publish(QStringLiteral("005930"), 3);
        QTRY_COMPARE(ws->ofType(QStringLiteral("tick")).size(), 3);
        auto bad = connectWs(QStringLiteral("/ws/prices/nonsense"));
        QVERIFY(bad);
        QCOMPARE(bad->waitFor(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("unknown_code"));
    }
};

QTEST_GUILESS_MAIN(TestWs)
#include "tst_ws.moc"
