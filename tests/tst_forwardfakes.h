#pragma once
// Test doubles for the forwarder suites: a source database with stored ticks, and fake remote
// servers (HTTP through the server's own adapter on QHttpServer, WebSocket on
// QWebSocketServer) whose answers a test sets. Loopback, port 0.
#include "core/domain/tick.h"
#include "core/server/http/httpadapter.h"
#include "core/storage/metarepository.h"
#include "core/storage/storage.h"
#include "core/storage/tickwriter.h"
#include "tempdb.h"
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QEventLoop>
#include <QJsonObject>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>
#include <vector>

namespace cybos::test {

// Runs a task to completion in a local event loop (QCoro::waitFor needs a default-constructible
// result; Result<T> is not).
template<typename T>
T await(QCoro::Task<T> task)
{
    std::optional<T> out;
    QEventLoop loop;
    auto run = [&]() -> QCoro::Task<> {
        out.emplace(co_await std::move(task));
        loop.quit();
    };
    auto running = run();
    if (!out)
        loop.exec();
    return std::move(*out);
}

inline TickList makeTicks(qint64 firstSeq, int n)
{
    static const QStringList codes{QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("035420")};
    TickList out;
    for (int i = 0; i < n; ++i) {
        const qint64 seq = firstSeq + i;
        out << Tick{.seq = seq, .code = codes.at(seq % codes.size()), .timeMs = 1'780'000'000'000 + seq,
                    .price = 70000 + seq % 50 * 100, .change = 100, .volume = 1 + seq % 7,
                    .cumVolume = 1000 + seq, .cumValue = 70'000'000 + seq, .ask = 70100, .bid = 70000,
                    .side = seq % 2 ? Side::Buy : Side::Sell};
    }
    return out;
}

// A source's storage with forwarding on.
class SourceDb
{
public:
    SourceDb() : storage(StorageOptions{.path = tmp.path(), .retentionDays = 0, .forwarding = true})
    {
        const bool opened = storage.open().ok();
        Q_ASSERT(opened);
    }
    ~SourceDb() { storage.shutdown(); }

    bool store(qint64 firstSeq, int n)
    {
        storage.tickWriter()->submit(makeTicks(firstSeq, n));
        const qint64 last = firstSeq + n - 1;
        return QTest::qWaitFor([&] { return storage.committedSeq() >= last; }, 10000);
    }
    qint64 metaCursor() const
    {
        auto db = storage.database().connection(DbAccess::ReadOnly);
        return db ? MetaRepository(*db).getInt(MetaKey::ForwardCursor, 0).value() : -1;
    }
    QString instanceId() const
    {
        auto db = storage.database().connection(DbAccess::ReadOnly);
        return MetaRepository(*db).get(MetaKey::InstanceId).value().value_or(QString());
    }

    TempDb tmp;
    Storage storage;
};

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
    FakeHttpRemote()
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

    int status = 200;              // what the next requests get
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
        return HttpResponse::error(answer, QStringLiteral("test_error"), QStringLiteral("said the fake"))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0"));
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
