#include "wsclient.h"
#include "core/domain/ksttime.h"
#include <QTimer>
#include <QWebSocket>

namespace cybos {
namespace {
constexpr int kCloseGraceMs = 5000; // a peer that ignores our close frame is cut off after this
}

WsClient::WsClient(QWebSocket *socket, bool authenticated, WsLimits limits, QObject *parent)
    : QObject(parent), inbox(limits.maxPendingBytes, limits.maxPendingMessages), m_socket(socket), m_limits(limits),
      m_authenticated(authenticated),
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

bool WsClient::pick(qsizetype index)
{
    m_picks.append(index);
    return m_picks.size() == 1;
}

qint64 WsClient::sendBatch(const QString &frame)
{
    const qint64 sent = m_picks.size();
    m_picks.clear();
    if (sent == 0 || m_closing || overBudget())
        return 0;
    m_socket->sendTextMessage(frame);
    m_socket->flush(); // to the kernel now, not after a round through the event loop per socket
    return sent;
}

qint64 WsClient::bufferedBytes() const
{
    return m_socket->bytesToWrite();
}

void WsClient::close(QWebSocketProtocol::CloseCode code, const QString &reason, const QString &lastFrame, int idleGraceMs)
{
    if (m_closing)
        return;
    m_closing = true;
    m_closeReason = reason;
    if (!lastFrame.isEmpty())
        m_socket->sendTextMessage(lastFrame);
    // The close frame queues behind everything buffered, and the TCP connection is shut once
    // all of it is written: a client that reads late still finds the last frame and the close
    // code. Only a peer that takes nothing for idleGraceMs is reset (that discards the rest).
    m_socket->close(code, reason);
    auto *deadline = new QTimer(m_socket);
    deadline->setSingleShot(true);
    deadline->setInterval(idleGraceMs > 0 ? idleGraceMs : kCloseGraceMs);
    connect(deadline, &QTimer::timeout, m_socket, &QWebSocket::abort);
    connect(m_socket, &QWebSocket::bytesWritten, deadline, [deadline] { deadline->start(); });
    deadline->start();
}

void WsClient::ping()
{
    if (!m_closing)
        m_socket->ping();
}

} // namespace cybos
