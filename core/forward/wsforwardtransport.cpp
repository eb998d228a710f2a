#include "wsforwardtransport.h"
#include "core/domain/domainjsonwriter.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <algorithm>

namespace cybos {

WsForwardTransport::WsForwardTransport(const ForwarderOptions &options, QString source, QObject *parent)
    : ForwardTransport(parent), m_options(options)
{
    Json::appendEscaped(m_sourceJson, source);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail({false, m_open ? QStringLiteral("no acknowledgement within %1 ms").arg(m_options.requestTimeoutMs)
                            : QStringLiteral("WebSocket handshake timed out"), 0});
    });
}

WsForwardTransport::~WsForwardTransport()
{
    close();
}

void WsForwardTransport::open()
{
    close();
    m_failed = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(1 << 20);
    connect(m_socket, &QWebSocket::stateChanged, this, &WsForwardTransport::onStateChanged);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WsForwardTransport::onMessage);
    QNetworkRequest request(m_options.remote);
    if (!m_options.key.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_options.key.toUtf8());
    m_timeout.start(m_options.requestTimeoutMs);
    m_socket->open(request);
}

void WsForwardTransport::close()
{
    m_timeout.stop();
    m_inFlight.clear();
    m_open = false;
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void WsForwardTransport::send(const ForwardPush &push)
{
    if (!m_socket || !m_open)
        return;
    QByteArray frame;
    frame.reserve(push.items.size() + m_sourceJson.size() + 48);
    frame.append(push.kind == PushKind::Stocks ? "{\"op\":\"stocks\",\"source\":" : "{\"op\":\"ingest\",\"source\":");
    frame.append(m_sourceJson);
    frame.append(push.kind == PushKind::Stocks ? ",\"stocks\":[" : ",\"ticks\":[");
    frame.append(push.items).append("]}");
    if (m_inFlight.isEmpty())
        m_timeout.start(m_options.requestTimeoutMs);
    m_inFlight.append(push.kind);
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void WsForwardTransport::onStateChanged(QAbstractSocket::SocketState state)
{
    if (state == QAbstractSocket::ConnectedState) {
        m_open = true;
        m_timeout.stop();
        Q_EMIT opened();
    } else if (state == QAbstractSocket::UnconnectedState) {
        fail(failureFromSocket());
    }
}

ForwardFailure WsForwardTransport::failureFromSocket() const
{
    // Qt reports a refused handshake only as text ("Unhandled http status code: 401 …").
    static const QRegularExpression statusText(QStringLiteral("status code: (\\d{3})"));
    const QString text = m_socket ? m_socket->errorString() : QString();
    const auto match = statusText.match(text);
    if (match.hasMatch())
        return failureForHttpStatus(match.captured(1).toInt(), QStringLiteral("WebSocket handshake refused"));
    ForwardFailure failure;
    failure.message = m_open ? QStringLiteral("WebSocket closed: %1").arg(m_socket ? m_socket->closeReason() : QString())
                             : QStringLiteral("WebSocket connection failed: %1").arg(text);
    return failure;
}

void WsForwardTransport::onMessage(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonArray messages = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue &value : messages) {
        if (m_failed)
            return;
        const QJsonObject m = value.toObject();
        const QString type = m.value(QLatin1String("type")).toString();
        if (type == u"ack")
            onAck(m.value(QLatin1String("op")).toString(), qint64(m.value(QLatin1String("seq")).toDouble()));
        else if (type == u"error")
            onError(m.value(QLatin1String("code")).toString(), m.value(QLatin1String("message")).toString());
    }
}

void WsForwardTransport::onAck(const QString &op, qint64 seq)
{
    if (m_inFlight.isEmpty())
        return;
    const PushKind kind = op == u"stocks" ? PushKind::Stocks : PushKind::Ticks;
    if (kind == PushKind::Stocks)
        m_inFlight.removeOne(PushKind::Stocks);
    else
        m_inFlight.removeOne(PushKind::Ticks); // one ack per frame; N covers the earlier frames too
    if (m_inFlight.isEmpty())
        m_timeout.stop();
    else
        m_timeout.start(m_options.requestTimeoutMs);
    Q_EMIT acknowledged(kind, seq);
}

void WsForwardTransport::onError(const QString &code, const QString &message)
{
    static constexpr ErrorCode fatal[] = {ErrorCode::Unauthorized, ErrorCode::Forbidden, ErrorCode::Banned,
                                          ErrorCode::BadRequest, ErrorCode::PayloadTooLarge};
    ForwardFailure failure;
    failure.remoteCode = errorCodeFromName(code);
    failure.fatal = failure.remoteCode && std::find(std::begin(fatal), std::end(fatal), *failure.remoteCode) != std::end(fatal);
    failure.message = QStringLiteral("remote error %1: %2").arg(code, message);
    fail(failure);
}

void WsForwardTransport::fail(ForwardFailure failure)
{
    if (m_failed)
        return;
    m_failed = true;
    m_timeout.stop();
    Q_EMIT failed(failure);
}

} // namespace cybos
