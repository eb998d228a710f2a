#include "ingestsocket.h"
#include "core/domain/domainjsonwriter.h"
#include "core/server/security/accessguard.h"
#include "core/server/ws/wsprotocol.h"
#include "ingestparse.h"
#include "ingestsink.h"
#include <QPointer>
#include <QWebSocket>

namespace cybos {
namespace {
QString ackFrame(qint64 seq, int stored)
{
    QByteArray ack;
    JsonOut out(ack);
    out.beginArray().beginObject().key("type").latin1("ack").field("seq", seq);
    out.field("stored", stored).endObject().endArray();
    return QString::fromUtf8(ack);
}

QString errorFrame(const Error &error)
{
    return WsFrame::error(error.code, error.message);
}
} // namespace

IngestSocket::IngestSocket(QWebSocket *socket, IngestSink *service, QString apiKey,
                           bool authenticated, QObject *parent)
    : QObject(parent), m_socket(socket), m_service(service), m_apiKey(std::move(apiKey)),
      m_authenticated(authenticated)
{
    socket->setParent(this);
    connect(socket, &QWebSocket::textMessageReceived, this, &IngestSocket::onMessage);
    connect(socket, &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        Q_EMIT closed();
        deleteLater();
    });
    socket->sendTextMessage(WsFrame::hello(true));
    if (m_apiKey.isEmpty()) {
        refuse(ErrorCode::Forbidden, QStringLiteral("the relay accepts pushes only when started with --api-key"));
        return;
    }
    m_authTimer.setSingleShot(true);
    connect(&m_authTimer, &QTimer::timeout, this, [this] {
        refuse(ErrorCode::Unauthorized, QStringLiteral("no auth message within 10 s"));
    });
    if (!m_authenticated)
        m_authTimer.start(kAuthTimeoutMs);
}

IngestSocket::~IngestSocket() = default;

void IngestSocket::refuse(ErrorCode code, const QString &message)
{
    m_closing = true;
    m_frames.clear();
    m_answers.clear();
    m_socket->sendTextMessage(WsFrame::error(code, message));
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, errorCodeName(code));
}

void IngestSocket::onMessage(const QString &text)
{
    if (m_closing)
        return;
    if (m_frames.size() + m_answers.size() >= kMaxQueued) {
        refuse(ErrorCode::BadRequest, QStringLiteral("too many frames waiting for acknowledgement"));
        return;
    }
    m_frames.enqueue(text);
    if (!m_draining)
        drain();
}

QCoro::Task<> IngestSocket::drain()
{
    QPointer<IngestSocket> self(this);
    m_draining = true;
    while (!m_frames.isEmpty() && !m_closing) {
        auto handling = handle(m_frames.dequeue()); // named: see core/async/threadcall.h
        co_await std::move(handling);
        if (!self)
            co_return; // the socket went away meanwhile
    }
    m_draining = false;
}

QCoro::Task<> IngestSocket::handle(QString text)
{
    auto parsed = IngestParse::object(text.toUtf8());
    if (!parsed) {
        answer({errorFrame(parsed.error())});
        co_return;
    }
    const QJsonObject &frame = *parsed;
    const QString op = frame.value(QLatin1String("op")).toString();
    if (op == u"auth") {
        if (authenticate(frame))
            answer({WsFrame::authenticated()});
    } else if (!m_authenticated) {
        refuse(ErrorCode::Unauthorized, QStringLiteral("authenticate first: {\"op\":\"auth\",\"key\":…}"));
    } else if (op == u"ingest" || op == u"stocks") {
        auto handling = op == u"ingest" ? handleTicks(frame) : handleStocks(frame);
        co_await std::move(handling);
    } else if (op == u"ping") {
        answer({WsFrame::pong(frame.value(QLatin1String("id")))});
    } else {
        answer({WsFrame::error(ErrorCode::BadRequest, QStringLiteral("unknown op \"%1\"").arg(op))});
    }
}

bool IngestSocket::authenticate(const QJsonObject &frame)
{
    const QByteArray key = frame.value(QLatin1String("key")).toString().toUtf8();
    if (!constantTimeEquals(key, m_apiKey.toUtf8())) {
        refuse(ErrorCode::Unauthorized, QStringLiteral("wrong API key"));
        return false;
    }
    m_authenticated = true;
    m_authTimer.stop();
    return true;
}

QCoro::Task<> IngestSocket::handleTicks(QJsonObject frame)
{
    auto push = IngestParse::tickPush(frame);
    if (!push) {
        answer({errorFrame(push.error())});
        co_return;
    }
    QPointer<IngestSocket> self(this);
    auto publishing = m_service->publish(push->source, push->ticks);
    const IngestResult result = co_await std::move(publishing);
    if (self && !m_closing)
        answer({QString(), result.ackSeq, result.waitSeq, result.stored});
}

QCoro::Task<> IngestSocket::handleStocks(QJsonObject frame)
{
    auto push = IngestParse::stockPush(frame);
    if (!push) {
        answer({errorFrame(push.error())});
        co_return;
    }
    QPointer<IngestSocket> self(this);
    auto ingesting = m_service->ingestStocks(push->source, push->stocks);
    const Result<qint64> stored = co_await std::move(ingesting);
    if (!self || m_closing)
        co_return;
    if (!stored) {
        answer({errorFrame(stored.error())});
        co_return;
    }
    QByteArray ack;
    JsonOut out(ack);
    out.beginArray().beginObject().key("type").latin1("ack").key("op").latin1("stocks");
    out.field("count", *stored).endObject().endArray();
    answer({QString::fromUtf8(ack)});
}

void IngestSocket::answer(Answer a)
{
    m_answers.enqueue(std::move(a));
    if (!m_sending)
        sendAnswers();
}

QCoro::Task<> IngestSocket::sendAnswers()
{
    QPointer<IngestSocket> self(this);
    m_sending = true;
    while (!m_answers.isEmpty() && !m_closing) {
        const Answer next = m_answers.head();
        QString text = next.text;
        if (next.ackSeq >= 0) {
            auto waiting = m_service->waitStored(next.waitSeq);
            const Status stored = co_await std::move(waiting);
            if (!self || m_closing)
                co_return;
            text = stored ? ackFrame(next.ackSeq, next.stored) : errorFrame(stored.error());
        }
        m_answers.dequeue();
        m_socket->sendTextMessage(text);
    }
    m_sending = false;
}

} // namespace cybos
