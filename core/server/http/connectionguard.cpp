#include "connectionguard.h"
#include "httpresponse.h"
#include <QTcpSocket>
#include <algorithm>

namespace cybos {

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
}

int GuardedTcpServer::openConnections()
{
    // A WebSocket leaves QHttpServer with every signal of its socket disconnected (ours too),
    // so connections are tracked by pointer, not by signals.
    std::erase_if(m_peers, [](const Peer &p) { return p.socket.isNull() || !p.socket->isOpen(); });
    return int(m_peers.size());
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // The WebSocket hub writes small frames back to back: with Nagle's algorithm each one after
    // the first waits for the client's delayed ACK (40 ms on Linux).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (openConnections() >= m_limits.maxConnections) {
        refuse(socket, ErrorCode::TooManyConnections,
               QStringLiteral("the server has %1 open connections").arg(m_limits.maxConnections));
        QMetaObject::invokeMethod(socket, [socket] { socket->abort(); socket->deleteLater(); }, Qt::QueuedConnection);
        return;
    }
    m_peers.push_back({socket, 0});
    // Connected before QHttpServer connects its own: this runs first on every readyRead and
    // sees the bytes it has not read yet.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { received(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { answered(socket); });
    addPendingConnection(socket);
}

GuardedTcpServer::Peer *GuardedTcpServer::find(QTcpSocket *socket)
{
    const auto it = std::find_if(m_peers.begin(), m_peers.end(), [socket](const Peer &p) { return p.socket == socket; });
    return it == m_peers.end() ? nullptr : &*it;
}

void GuardedTcpServer::received(QTcpSocket *socket)
{
    Peer *peer = find(socket);
    if (!peer)
        return;
    peer->unanswered += socket->bytesAvailable();
    qint64 total = 0;
    for (const Peer &p : m_peers)
        total += p.socket.isNull() ? 0 : p.unanswered;
    if (peer->unanswered > m_limits.maxUnansweredBytes || total > m_limits.maxUnansweredTotal) {
        peer->unanswered = 0;
        refuse(socket, ErrorCode::PayloadTooLarge,
               QStringLiteral("more than %1 bytes sent without an answer").arg(m_limits.maxUnansweredBytes));
        // Read nothing more; cut after everyone connected to this readyRead (QHttpServer reads
        // what it already has) has run. QHttpServer then forgets the connection as on any close.
        socket->setReadBufferSize(1);
        QMetaObject::invokeMethod(socket, [socket] { socket->abort(); }, Qt::QueuedConnection);
    }
}

void GuardedTcpServer::answered(QTcpSocket *socket)
{
    if (Peer *peer = find(socket))
        peer->unanswered = 0;
}

void GuardedTcpServer::refuse(QTcpSocket *socket, ErrorCode code, const QString &message)
{
    const int status = httpStatusOf(code);
    const QByteArray body = errorEnvelope(code, message);
    const QByteArray reason = status == 503 ? QByteArrayLiteral("Service Unavailable") : QByteArrayLiteral("Payload Too Large");
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n\r\n" + body);
    socket->flush();
}

} // namespace cybos
