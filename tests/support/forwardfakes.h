#pragma once
// Test doubles for the forwarder suites: fake remote servers (HTTP through the server's own
// adapter on QHttpServer, WebSocket on QWebSocketServer) whose answers a test sets; loopback,
// port 0. The source database and the ticks are in support/forwardsource.h.
#include "awaittask.h"
#include "core/server/http/httpadapter.h"
#include "forwardsource.h"
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>
#include <QWebSocketServer>
#include <vector>

namespace cybos::test {

inline QList<qint64> seqsOf(const QJsonArray &ticks)
{
    QList<qint64> seqs;
    for (const QJsonValue &t : ticks)
        seqs << qint64(t.toObject().value(QLatin1String("seq")).toDouble());
    return seqs;
}

class FakeHttpRemote : public QObject
{
public:
    explicit FakeHttpRemote(int answer = 200) : status(answer)
    {
        HttpAdapter::install(
            &m_server, [this](HttpRequest r, HttpReply reply) { onRequest(std::move(r), std::move(reply)); },
            [](const HttpRequest &) { return false; });
        port = HttpAdapter::listen(&m_server, QHostAddress::LocalHost, 0).value();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/ingest").arg(port)); }

    void releaseHeld(int answer)
    {
        for (HttpReply &reply : held)
            reply.send(answerFor(answer));
        held.clear();
    }

    int status;                    // what the next requests get
    bool hold = false;             // keep replies pending (in held) instead
    QList<HttpRequest> requests;
    QList<qint64> accepted;        // seqs of ticks answered with 2xx
    QList<QString> paths;
    int stockRequests = 0;
    int emptyPushes = 0;
    std::vector<HttpReply> held;
    quint16 port = 0;

private:
    static HttpResponse answerFor(int answer)
    {
        if (answer >= 200 && answer < 300)
            return HttpResponse::json(QByteArrayLiteral("{\"ack_seq\":0}"), answer);
        // Any status the test asks for, in the envelope of some code (the status is what counts).
        HttpResponse r = HttpResponse::error(ErrorCode::InternalError, QStringLiteral("said the fake"));
        r.status = answer;
        return r.withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0"));
    }
    void onRequest(HttpRequest r, HttpReply reply)
    {
        requests << r;
        paths << r.path;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (r.path.endsWith(QStringLiteral("/stocks")))
            ++stockRequests;
        const QList<qint64> seqs = seqsOf(body.value(QLatin1String("ticks")).toArray());
        if (!r.path.endsWith(QStringLiteral("/stocks")) && seqs.isEmpty())
            ++emptyPushes;
        if (hold) {
            held.push_back(std::move(reply));
            return;
        }
        if (status >= 200 && status < 300)
            accepted << seqs;
        reply.send(answerFor(status));
    }

    QHttpServer m_server;
};

class FakeWsRemote : public QObject
{
public:
    FakeWsRemote() : m_server(QStringLiteral("fake"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *s = m_server.nextPendingConnection();
            s->setParent(this);
            sockets << s;
            authorization = s->request().rawHeader("Authorization");
            connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString &t) { onFrame(s, t); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/ingest").arg(m_server.serverPort())); }

    void ackHeld()
    {
        for (const auto &[socket, seq] : std::as_const(heldAcks))
            ack(socket, seq);
        heldAcks.clear();
    }

    QString errorCode;             // when set: every frame is answered with this error
    bool knowsStocks = true;       // false: the "stocks" op is bad_request (api.md knows only "ingest")
    bool holdAcks = false;
    QByteArray authorization;
    QList<QWebSocket *> sockets;
    QList<qint64> received;
    QList<QPair<QWebSocket *, qint64>> heldAcks;
    int stockFrames = 0;
    int maxInFlight = 0;

private:
    void ack(QWebSocket *socket, qint64 seq)
    {
        --m_inFlight;
        socket->sendTextMessage(QStringLiteral("[{\"type\":\"ack\",\"seq\":%1}]").arg(seq));
    }
    void onFrame(QWebSocket *socket, const QString &text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        if (!errorCode.isEmpty()) {
            socket->sendTextMessage(QStringLiteral("[{\"type\":\"error\",\"code\":\"%1\",\"message\":\"no\"}]").arg(errorCode));
            return;
        }
        if (frame.value(QLatin1String("op")).toString() == u"stocks") {
            ++stockFrames;
            if (!knowsStocks) {
                socket->sendTextMessage(QStringLiteral("[{\"type\":\"error\",\"code\":\"bad_request\",\"message\":\"unknown op\"}]"));
                return;
            }
            socket->sendTextMessage(QStringLiteral("[{\"type\":\"ack\",\"op\":\"stocks\"}]"));
            return;
        }
        const QList<qint64> seqs = seqsOf(frame.value(QLatin1String("ticks")).toArray());
        received << seqs;
        maxInFlight = qMax(maxInFlight, ++m_inFlight);
        const qint64 last = seqs.isEmpty() ? 0 : seqs.constLast();
        if (holdAcks)
            heldAcks << qMakePair(socket, last);
        else
            ack(socket, last);
    }

    QWebSocketServer m_server;
    int m_inFlight = 0;
};

} // namespace cybos::test
