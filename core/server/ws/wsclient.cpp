#include "wsclient.h"
#include "core/domain/ksttime.h"
#include <QTimer>
#include <QWebSocket>

namespace cybos {
namespace {
constexpr int kCloseGraceMs = 5000; // a peer that ignores our close frame is cut off after this
}

WsClient::WsClient(QWebSocket *socket, bool authenticated, WsLimits limits, QObject *parent)
    : QObject(parent), m_socket(socket), m_limits(limits), m_authenticated(authenticated),
      m_lastHeardMs(Kst::nowMs())
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxMessageBytes));
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_lastHeardMs = Kst::nowMs();
        Q_EMIT messageReceived(text);
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this] {
        m_lastHeardMs = Kst::nowMs();
        Q_EMIT binaryReceived();
    });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastHeardMs = Kst::nowMs(); });
    connect(m_socket, &QWebSocket::disconnected, this, &WsClient::disconnected);
}

WsClient::~WsClient() = default;

QHostAddress WsClient::peer() const
{
    return m_socket->peerAddress();
}

QString WsClient::path() const
{
    return m_socket->requestUrl().path();
}

void WsClient::addCodes(const QStringList &codes)
{
    for (const QString &c : codes) {
        if (!m_codeSet.contains(c)) {
            m_codeSet.insert(c);
            m_codes.append(c);
        }
    }
}

void WsClient::removeCodes(const QStringList &codes)
{
    for (const QString &c : codes) {
        if (m_codeSet.remove(c))
            m_codes.removeOne(c);
    }
}

bool WsClient::overBudget()
{
    if (m_socket->bytesToWrite() <= m_limits.maxBufferedBytes)
        return false;
    Q_EMIT slowClientDetected();
    return true;
}

void WsClient::sendFrame(const QString &frame)
{
    if (m_closing || overBudget())
        return;
    m_socket->sendTextMessage(frame);
}

bool WsClient::queueMessage(const QString &message)
{
    m_batch.append(m_batchCount == 0 ? u'[' : u',');
    m_batch.append(message);
    return ++m_batchCount == 1;
}

qint64 WsClient::flush()
{
    if (m_batchCount == 0)
        return 0;
    m_batch.append(u']');
    const qint64 sent = m_batchCount;
    const QString frame = std::move(m_batch);
    m_batch.clear();
    m_batchCount = 0;
    if (m_closing || overBudget())
        return 0;
    m_socket->sendTextMessage(frame);
    return sent;
}

qint64 WsClient::bufferedBytes() const
{
    return m_socket->bytesToWrite();
}

void WsClient::close(QWebSocketProtocol::CloseCode code, const QString &reason, const QString &lastFrame)
{
    if (m_closing)
        return;
    m_closing = true;
    m_closeReason = reason;
    if (!lastFrame.isEmpty())
        m_socket->sendTextMessage(lastFrame);
    m_socket->close(code, reason);
    QTimer::singleShot(kCloseGraceMs, m_socket, &QWebSocket::abort);
}

void WsClient::ping()
{
    if (!m_closing)
        m_socket->ping();
}

} // namespace cybos
