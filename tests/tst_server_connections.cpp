// What peers can make the HTTP server hold (connectionguard.h, docs/memory.md): the number of
// open connections, and bytes sent without an answer — one connection's and all together.
// QHttpServer keeps a request whole before the dispatcher's 1 MiB check, so without these a
// peer could make the 32-bit process hold gigabytes.
#include "patience.h"
#include "serverfixture.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {

QByteArray healthRequest(quint16 port)
{
    return "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n";
}

QByteArray postHead(quint16 port, qint64 length)
{
    return "POST /api/subscriptions HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

// Reads until `pattern` arrived or the server closed; everything read.
QByteArray readUntil(QTcpSocket *socket, const QByteArray &pattern, int ms)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (!data.contains(pattern) && timer.elapsed() < ms) {
        if (!socket->waitForReadyRead(100) && socket->state() != QAbstractSocket::ConnectedState)
            break;
        data += socket->readAll();
    }
    return data + socket->readAll();
}

std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket->waitForConnected(patient(5000)) ? std::move(socket) : nullptr;
}

// Sends `bytes` of a body, as fast as the server takes them; false if the server closed first.
bool sendBody(QTcpSocket *socket, qint64 bytes, int ms)
{
    const QByteArray chunk(64 << 10, 'x');
    QElapsedTimer timer;
    timer.start();
    for (qint64 sent = 0; sent < bytes; sent += chunk.size()) {
        if (socket->state() != QAbstractSocket::ConnectedState || timer.elapsed() > ms)
            return false;
        socket->write(chunk.left(qMin<qint64>(chunk.size(), bytes - sent)));
        while (socket->bytesToWrite() > (1 << 20) && socket->state() == QAbstractSocket::ConnectedState
               && timer.elapsed() < ms)
            socket->waitForBytesWritten(100);
    }
    while (socket->bytesToWrite() > 0 && socket->state() == QAbstractSocket::ConnectedState && timer.elapsed() < ms)
        socket->waitForBytesWritten(100); // all of it handed to the kernel, as a real client would
    return socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

class TestServerConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionsBeyondTheCapAreRefused()
    {
        FixtureSetup setup;
        setup.options.connections.maxConnections = 4;
        ServerFixture f(setup);
        QVERIFY(f.started());
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 4; ++i) {
            open.push_back(connectTo(f.port()));
            QVERIFY(open.back());
            open.back()->write(healthRequest(f.port()));
            QVERIFY(readUntil(open.back().get(), "\"status\"", patient(5000)).startsWith("HTTP/1.1 200"));
        }
        auto fifth = connectTo(f.port());
        QVERIFY(fifth);
        const QByteArray refused = readUntil(fifth.get(), "}}", patient(5000));
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
        QVERIFY(refused.contains("\"code\":\"too_many_connections\""));
        QTRY_VERIFY_WITH_TIMEOUT(fifth->state() == QAbstractSocket::UnconnectedState, patient(5000));

        open.front()->disconnectFromHost(); // a place frees up once the server has seen the close
        open.erase(open.begin());
        QElapsedTimer timer;
        timer.start();
        HttpResult answer = f.raw(healthRequest(f.port()));
        while (answer.status != 200 && timer.elapsed() < patient(10000)) {
            QTest::qWait(50);
            answer = f.raw(healthRequest(f.port()));
        }
        QCOMPARE(answer.status, 200);
    }

    void aBodyFarBeyondTheLimitIsCutWhileItArrives()
    {
        ServerFixture f;
        QVERIFY(f.started());
        auto socket = connectTo(f.port());
        QVERIFY(socket);
        socket->write(postHead(f.port(), qint64(1) << 30)); // announces 1 GiB
        QVERIFY2(!sendBody(socket.get(), qint64(256) << 20, patient(30000)),
                 "the server took 256 MiB of a body it can never accept");
        const QByteArray head = readUntil(socket.get(), "}}", 1000);
        QVERIFY2(head.isEmpty() || head.startsWith("HTTP/1.1 413"), head.left(200).constData());
        QCOMPARE(f.get(QStringLiteral("/api/health")).status, 200);
    }

    void aBodyWithinTheLimitStillGetsItsAnswer()
    {
        ServerFixture f;
        QVERIFY(f.started());
        // 2 MiB: beyond api.md's 1 MiB, within what the guard lets through: the dispatcher's 413.
        const QByteArray body = "{\"codes\":[\"" + QByteArray(2 << 20, 'x') + "\"]}";
        const HttpResult r = f.post(QStringLiteral("/api/subscriptions"), body);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("payload_too_large"));
    }

    void allConnectionsTogetherAreBounded()
    {
        FixtureSetup setup;
        setup.options.connections.maxUnansweredTotal = 1 << 20;
        ServerFixture f(setup);
        QVERIFY(f.started());
        // Two bodies of 900 KiB, each fine alone (4 MiB a connection), 1.8 MiB together: the
        // one whose bytes cross 1 MiB in all is cut, the other gets the dispatcher's answer.
        std::unique_ptr<QTcpSocket> peers[2] = {connectTo(f.port()), connectTo(f.port())};
        QVERIFY(peers[0] && peers[1]);
        for (auto &peer : peers) {
            peer->write(postHead(f.port(), 900 << 10));
            sendBody(peer.get(), 700 << 10, patient(10000));
        }
        int cut = 0;
        int answered = 0;
        for (auto &peer : peers) {
            sendBody(peer.get(), 200 << 10, patient(10000));
            const QByteArray reply = readUntil(peer.get(), "}}", patient(10000));
            cut += reply.isEmpty() || reply.startsWith("HTTP/1.1 413");
            answered += reply.startsWith("HTTP/1.1 400");
        }
        QCOMPARE(cut, 1);
        QCOMPARE(answered, 1);
    }
};

QTEST_GUILESS_MAIN(TestServerConnections)
#include "tst_server_connections.moc"
