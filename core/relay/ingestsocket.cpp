#include "ingestsocket.h"
#include "core/server/security/accessguard.h"
#include "core/server/ws/wsprotocol.h"
#include "core/domain/domainjsonwriter.h"
#include "ingestparse.h"
#include "ingestservice.h"
#include <QPointer>
#include <QWebSocket>

namespace cybos {

IngestSocket::IngestSocket(QWebSocket *socket, IngestService *service, QString apiKey,
                           bool authenticated, QObject *parent)
    : QObject(parent), m_socket(socket), m_service(service), m_apiKey(std::move(apiKey)),
      m_authenticated(authenticated)
{
    socket->setParent(this);
    connect(socket, &QWebSocket::textMessageReceived, this, &IngestSocket::onMessage);
    connect(socket, &QWebSocket::disconnected, this, [this] {
        Q_EMIT closed();
        deleteLater();
    });
    socket->sendTextMessage(WsFrame::hello(true));
    if (m_apiKey.isEmpty()) {
        refuse(QStringLiteral("forbidden"), QStringLiteral("the relay accepts pushes only when started with --api-key"));
        return;
    }
    m_authTimer.setSingleShot(true);
    connect(&m_authTimer, &QTimer::timeout, this, [this] {
        refuse(QStringLiteral("unauthorized"), QStringLiteral("no auth message within 10 s"));
    });
    if (!m_authenticated)
        m_authTimer.start(kAuthTimeoutMs);
}

IngestSocket::~IngestSocket() = default;

void IngestSocket::refuse(const QString &code, const QString &message)
{
    m_queue.clear();
    m_socket->sendTextMessage(WsFrame::error(code, message));
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, code);
}

void IngestSocket::onMessage(const QString &text)
{
    if (m_queue.size() >= kMaxQueued) {
        refuse(QStringLiteral("bad_request"), QStringLiteral("too many frames waiting for acknowledgement"));
        return;
    }
    m_queue.enqueue(text);
    if (!m_draining)
        drain();
}

QCoro::Task<> IngestSocket::drain()
{
    QPointer<IngestSocket> self(this);
    m_draining = true;
    while (!m_queue.isEmpty()) {
        auto answering = answer(m_queue.dequeue()); // named: see ingestservice.cpp
        const QString reply = co_await std::move(answering);
        if (!self)
            co_return; // the socket went away while the ticks were being stored
        if (!reply.isEmpty())
            m_socket->sendTextMessage(reply);
    }
    m_draining = false;
}

QCoro::Task<QString> IngestSocket::answer(QString text)
{
    auto frame = IngestParse::object(text.toUtf8());
    if (!frame)
        co_return WsFrame::error(frame.error().code, frame.error().message);
    auto handling = handle(*frame);
    co_return co_await std::move(handling);
}

QCoro::Task<QString> IngestSocket::handle(QJsonObject frame)
{
    const QString op = frame.value(QLatin1String("op")).toString();
    if (op == u"auth") {
        if (!authenticate(frame))
            co_return QString();
        co_return WsFrame::authenticated();
    }
    if (!m_authenticated) {
        refuse(QStringLiteral("unauthorized"), QStringLiteral("authenticate first: {\"op\":\"auth\",\"key\":…}"));
        co_return QString();
    }
    if (op == u"ingest" || op == u"stocks") {
        auto handling = op == u"ingest" ? handleTicks(std::move(frame)) : handleStocks(std::move(frame));
        co_return co_await std::move(handling);
    }
    if (op == u"ping")
        co_return WsFrame::pong(frame.value(QLatin1String("id")));
    co_return WsFrame::error(QStringLiteral("bad_request"), QStringLiteral("unknown op \"%1\"").arg(op));
}

bool IngestSocket::authenticate(const QJsonObject &frame)
{
    const QByteArray key = frame.value(QLatin1String("key")).toString().toUtf8();
    if (!constantTimeEquals(key, m_apiKey.toUtf8())) {
        refuse(QStringLiteral("unauthorized"), QStringLiteral("wrong API key"));
        return false;
    }
    m_authenticated = true;
    m_authTimer.stop();
    return true;
}

QCoro::Task<QString> IngestSocket::handleTicks(QJsonObject frame)
{
    auto push = IngestParse::tickPush(frame);
    if (!push)
        co_return WsFrame::error(push.error().code, push.error().message);
    auto ingesting = m_service->ingest(push->source, push->ticks);
    auto result = co_await std::move(ingesting);
    if (!result)
        co_return WsFrame::error(result.error().code, result.error().message);
    QByteArray ack;
    JsonOut out(ack);
    out.beginArray().beginObject().key("type").latin1("ack").field("seq", result->ackSeq);
    out.field("stored", result->stored).endObject().endArray();
    co_return QString::fromUtf8(ack);
}

QCoro::Task<QString> IngestSocket::handleStocks(QJsonObject frame)
{
    auto push = IngestParse::stockPush(frame);
    if (!push)
        co_return WsFrame::error(push.error().code, push.error().message);
    auto ingesting = m_service->ingestStocks(push->source, push->stocks);
    auto stored = co_await std::move(ingesting);
    if (!stored)
        co_return WsFrame::error(stored.error().code, stored.error().message);
    QByteArray ack;
    JsonOut out(ack);
    out.beginArray().beginObject().key("type").latin1("ack").key("op").latin1("stocks");
    out.field("count", *stored).endObject().endArray();
    co_return QString::fromUtf8(ack);
}

} // namespace cybos
