// The WebSocket limits and timers of api.md: auth when a key is set (and its timeout), 256
// clients, 400 codes per client, the feed's subscription limit, 64 KiB messages, the bounded
// send buffer (slow_client), pings and the pong deadline, floods of messages.
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

StockList stocks(int n)
{
    StockList out;
    for (int i = 1; i <= n; ++i)
        out.append(ServerFixture::stock(QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("S%1").arg(i)));
    return out;
}
} // namespace

class TestWsLimits : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<WsProbe> open(ServerFixture &f, const QString &path = QStringLiteral("/ws"))
    {
        auto ws = std::make_unique<WsProbe>(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(f.port()).arg(path)));
        return ws->waitConnected() ? std::move(ws) : nullptr;
    }

private Q_SLOTS:
    void authRequired()
    {
        FixtureSetup setup;
        setup.apiKey = QStringLiteral("k3y");
        ServerFixture f(setup);
        f.addStocks(stocks(3));
        auto ws = open(f, QStringLiteral("/ws/prices/000001"));
        QVERIFY(ws);
        QCOMPARE(ws->waitFor(QStringLiteral("hello")).value(QStringLiteral("auth")).toString(), QStringLiteral("required"));
        ws->send(op("subscribe", 1, {QStringLiteral("000002")}));
        QJsonObject err = ws->waitFor(QStringLiteral("error"));
        QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
        QCOMPARE(err.value(QStringLiteral("id")).toInt(), 1);
        QVERIFY(ws->ofType(QStringLiteral("subscribed")).isEmpty()); // /ws/prices waits for auth too
        ws->send({{QStringLiteral("op"), QStringLiteral("auth")}, {QStringLiteral("key"), QStringLiteral("k3y")}});
        QVERIFY(!ws->waitFor(QStringLiteral("authenticated")).isEmpty());
        QCOMPARE(ws->waitFor(QStringLiteral("subscribed")).value(QStringLiteral("codes")).toArray(), QJsonArray{QStringLiteral("000001")});
        f.bus.publish(ServerFixture::tick(0, QStringLiteral("000001"), Kst::nowMs(), 1000));
        QVERIFY(!ws->waitFor(QStringLiteral("tick")).isEmpty());
    }

    void authTimeout()
    {
        FixtureSetup setup;
        setup.apiKey = QStringLiteral("k3y");
        setup.options.wsAuthTimeoutMs = 200;
        ServerFixture f(setup);
        auto ws = open(f);
        QVERIFY(ws);
        QVERIFY(ws->waitClosed());
        QCOMPARE(ws->closeCode, 1008);
        QCOMPARE(ws->waitFor(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
        QTRY_COMPARE(f.server().wsClients(), 0);
    }

    void tooManyConnections()
    {
        FixtureSetup setup;
        setup.options.wsMaxClients = 2;
        ServerFixture f(setup);
        auto a = open(f);
        auto b = open(f);
        QVERIFY(a && b);
        QTRY_COMPARE(f.server().wsClients(), 2);
        auto c = open(f);
        QVERIFY(c);
        QCOMPARE(c->waitFor(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("too_many_connections"));
        QVERIFY(c->waitClosed());
        QCOMPARE(c->closeCode, 1008);
        QVERIFY(!a->closed && !b->closed);
        a->socket.close();
        QTRY_COMPARE(f.server().wsClients(), 1);
        auto d = open(f);
        QVERIFY(d);
        QVERIFY(!d->waitFor(QStringLiteral("hello")).isEmpty());
        QTRY_COMPARE(f.server().wsClients(), 2);
    }

    void codesPerClient()
    {
        FixtureSetup setup;
        setup.options.wsMaxCodesPerClient = 2;
        ServerFixture f(setup);
        f.addStocks(stocks(4));
        auto ws = open(f);
        QVERIFY(ws);
        ws->send(op("subscribe", 1, {QStringLiteral("000001")}));
        QVERIFY(!ws->waitFor(QStringLiteral("subscribed")).isEmpty());
        ws->send(op("subscribe", 2, {QStringLiteral("000002"), QStringLiteral("000003")}));
        const QJsonObject err = ws->waitFor(QStringLiteral("error"));
        QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("subscription_limit"));
        QCOMPARE(err.value(QStringLiteral("id")).toInt(), 2);
        ws->send(op("list", 3));
        QTRY_COMPARE(ws->ofType(QStringLiteral("subscribed")).size(), 2);
        QCOMPARE(ws->ofType(QStringLiteral("subscribed")).last().value(QStringLiteral("codes")).toArray(),
                 QJsonArray{QStringLiteral("000001")});
    }

    void feedSubscriptionLimitLeavesTheSetUnchanged()
    {
        ServerFixture f;
        f.addStocks(stocks(4));
        f.services.setSubscriptionLimit(2);
        auto ws = open(f);
        QVERIFY(ws);
        ws->send(op("subscribe", 1, {QStringLiteral("000001")}));
        QVERIFY(!ws->waitFor(QStringLiteral("subscribed")).isEmpty());
        ws->send(op("subscribe", 2, {QStringLiteral("000002"), QStringLiteral("000003")}));
        QCOMPARE(ws->waitFor(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("subscription_limit"));
        QCOMPARE(f.services.watched(), QStringList{QStringLiteral("000001")});
        ws->send(op("list", 3));
        QTRY_COMPARE(ws->ofType(QStringLiteral("subscribed")).size(), 2);
        QCOMPARE(ws->ofType(QStringLiteral("subscribed")).last().value(QStringLiteral("codes")).toArray().size(), 1);
        // The refused codes are not counted as wanted: a later, smaller request works.
        ws->send(op("subscribe", 4, {QStringLiteral("000002")}));
        QTRY_COMPARE(ws->ofType(QStringLiteral("subscribed")).size(), 3);
        QCOMPARE(ws->ofType(QStringLiteral("subscribed")).last().value(QStringLiteral("codes")).toArray().size(), 2);
    }

    void messageSizeLimit()
    {
        ServerFixture f;
        auto ws = open(f);
        QVERIFY(ws);
        ws->sendText(QStringLiteral("{\"op\":\"ping\",\"pad\":\"%1\"}").arg(QString(60 * 1024, QLatin1Char('x'))));
        QVERIFY(!ws->waitFor(QStringLiteral("pong")).isEmpty());
        ws->sendText(QStringLiteral("{\"op\":\"ping\",\"pad\":\"%1\"}").arg(QString(70 * 1024, QLatin1Char('x'))));
        QVERIFY(ws->waitClosed());
        QCOMPARE(ws->closeCode, 1009);
    }

    void slowClientIsCut()
    {
        FixtureSetup setup;
        setup.options.wsMaxBufferedBytes = 256 * 1024;
        setup.options.wsSlowCloseGraceMs = 2000; // a client that never reads again is cut after this
        ServerFixture f(setup);
        f.addStocks(stocks(1));
        auto raw = f.stalledSubscriber(QStringLiteral("000001"));
        QVERIFY(raw);
        // The client never reads: the kernel buffers fill, then the server's own buffer.
        for (int round = 0; round < 200 && f.server().wsClients() > 0; ++round) {
            for (int i = 0; i < 2000; ++i)
                f.bus.publish(ServerFixture::tick(0, QStringLiteral("000001"), Kst::nowMs(), 1000 + i));
            QTest::qWait(20);
        }
        QTRY_COMPARE_WITH_TIMEOUT(f.server().wsClients(), 0, 15000);
        const auto metrics = f.get(QStringLiteral("/metrics"));
        QVERIFY(metrics.body.contains("cybos_ws_disconnects_total{reason=\"slow_client\"} 1"));
        QTRY_COMPARE(f.services.watched(), QStringList());
    }

    // docs/memory.md: 256 clients x the per-client buffer would not fit a 32-bit process, so
    // all clients' unsent data together is bounded too: two stalled readers that each stay
    // under their own limit are cut once together they pass the total.
    void totalBufferBudgetCutsTheFurthestBehind()
    {
        FixtureSetup setup;
        setup.options.wsMaxBufferedBytes = 64 << 20; // never reached here
        setup.options.wsTotalBufferedBytes = 1 << 20;
        setup.options.wsSlowCloseGraceMs = 2000;
        ServerFixture f(setup);
        f.addStocks(stocks(1));
        auto first = f.stalledSubscriber(QStringLiteral("000001"));
        auto second = f.stalledSubscriber(QStringLiteral("000001"));
        QVERIFY(first && second);
        QTRY_COMPARE_WITH_TIMEOUT(f.server().wsClients(), 2, 10000);
        for (int round = 0; round < 300 && f.server().wsClients() > 1; ++round) {
            for (int i = 0; i < 2000; ++i)
                f.bus.publish(ServerFixture::tick(0, QStringLiteral("000001"), Kst::nowMs(), 1000 + i));
            QTest::qWait(20);
        }
        QTRY_VERIFY_WITH_TIMEOUT(f.server().wsClients() < 2, 30000);
        const auto metrics = f.get(QStringLiteral("/metrics"));
        QVERIFY2(metrics.body.contains("cybos_ws_disconnects_total{reason=\"slow_client\"}"), metrics.body.constData());
    }

    void framesAreBoundedAndEveryTickArrives()
    {
        ServerFixture f;
        f.addStocks(stocks(1));
        auto ws = open(f);
        QVERIFY(ws);
        ws->send(op("subscribe", 1, {QStringLiteral("000001")}));
        QVERIFY(!ws->waitFor(QStringLiteral("subscribed")).isEmpty());
        for (int i = 0; i < 9000; ++i) // one event-loop turn: merged into one backlog on the hub
            f.bus.publish(ServerFixture::tick(0, QStringLiteral("000001"), Kst::nowMs(), 1000 + i));
        QTRY_COMPARE_WITH_TIMEOUT(ws->ofType(QStringLiteral("tick")).size(), 9000, 15000);
        QVERIFY(*std::max_element(ws->frameSizes.cbegin(), ws->frameSizes.cend()) <= 2048);
        qint64 last = 0;
        for (const QJsonObject &t : ws->ofType(QStringLiteral("tick"))) {
            QVERIFY(last == 0 || t.value(QStringLiteral("seq")).toInteger() == last + 1);
            last = t.value(QStringLiteral("seq")).toInteger();
        }
    }

    void aHubFarBehindDropsItsClientsAsSlow()
    {
        ServerFixture f;
        f.addStocks(stocks(1));
        auto ws = open(f);
        QVERIFY(ws);
        ws->send(op("subscribe", 1, {QStringLiteral("000001")}));
        QVERIFY(!ws->waitFor(QStringLiteral("subscribed")).isEmpty());
        f.bus.setMaxBatch(250'000); // one batch: more than the hub keeps before it gives up
        for (int i = 0; i < 210'000; ++i)
            f.bus.publish(ServerFixture::tick(0, QStringLiteral("000001"), Kst::nowMs(), 1000 + i % 100));
        QCOMPARE(ws->waitFor(QStringLiteral("error"), 15000).value(QStringLiteral("code")).toString(), QStringLiteral("slow_client"));
        QTRY_COMPARE_WITH_TIMEOUT(f.server().wsClients(), 0, 15000);
    }

    void pingsAndPongDeadline()
    {
        FixtureSetup setup;
        // The live client must answer within the deadline even on a loaded or emulated (i386
        // under qemu) machine: seconds, not hundreds of milliseconds.
        setup.options.wsPingIntervalMs = 200;
        setup.options.wsPongTimeoutMs = 3000;
        ServerFixture f(setup);
        auto alive = open(f); // QWebSocket answers pings by itself
        QVERIFY(alive);
        int status = 0;
        auto mute = f.rawWebSocket(QStringLiteral("/ws"), {}, &status);
        QCOMPARE(status, 101);
        QTRY_COMPARE_WITH_TIMEOUT(f.server().wsClients(), 1, 10000);
        QVERIFY(!alive->closed);
        const auto metrics = f.get(QStringLiteral("/metrics"));
        QVERIFY(metrics.body.contains("cybos_ws_disconnects_total{reason=\"ping_timeout\"} 1"));
        // The silent one was cut although it never answered the close either.
        QTRY_VERIFY_WITH_TIMEOUT(mute->state() == QAbstractSocket::UnconnectedState || mute->waitForDisconnected(100), 10000);
    }

    void floodOfSubscribes()
    {
        FixtureSetup setup;
        setup.options.wsMaxPendingOps = 1; // 64 KiB of messages wait; the rest is refused in its turn
        ServerFixture f(setup);
        f.addStocks(stocks(300));
        f.services.setAnswerDelay(20);
        auto ws = open(f);
        QVERIFY(ws);
        const QString pad(1000, QLatin1Char('x'));
        for (int i = 1; i <= 300; ++i) {
            QJsonObject m = op("subscribe", i, {QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'))});
            m.insert(QStringLiteral("pad"), pad);
            ws->send(m);
        }
        // Each answered once, in order: subscribed, or refused (too many waiting); the socket lives.
        QTRY_VERIFY_WITH_TIMEOUT(ws->ofType(QStringLiteral("subscribed")).size()
                                     + ws->ofType(QStringLiteral("error")).size() >= 300, 30000);
        ws->send(op("ping", 1000));
        QVERIFY(!ws->waitFor(QStringLiteral("pong")).isEmpty());
        QVERIFY(!ws->ofType(QStringLiteral("error")).isEmpty());
        int last = 0;
        for (const QJsonObject &m : ws->messages) {
            if (m.value(QStringLiteral("type")).toString() == u"hello")
                continue;
            QCOMPARE(m.value(QStringLiteral("id")).toInt(), last + 1);
            last = m.value(QStringLiteral("id")).toInt();
            if (last == 300)
                break;
        }
        QCOMPARE(last, 300);
        QVERIFY(!ws->closed);
        QCOMPARE(f.services.watched().size(), ws->ofType(QStringLiteral("subscribed")).size());
    }
};

QTEST_GUILESS_MAIN(TestWsLimits)
#include "tst_ws_limits.moc"
