#pragma once
// The TCP side of the HTTP server: every connection with TCP_NODELAY, and bounds on what
// peers can make the server hold before a request reaches the dispatcher. QHttpServer keeps a
// request whole in memory (its socket buffer and the parsed body) before our handler sees it,
// so the 1 MiB body limit of api.md alone bounds nothing: a peer may send gigabytes. Bounded
// here (docs/memory.md): the number of open connections (beyond it: 503
// too_many_connections), the bytes one connection sends without an answer, and those of all
// connections together (beyond either: 413 payload_too_large, then the connection is cut).
#include "connectionlimits.h"
#include "core/domain/errorcode.h"
#include <QPointer>
#include <QTcpServer>
#include <vector>

class QTcpSocket;

namespace cybos {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);
    int openConnections();                         // still open, upgraded WebSockets included

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Peer {
        QPointer<QTcpSocket> socket;
        qint64 unanswered = 0;
    };
    void received(QTcpSocket *socket);
    void answered(QTcpSocket *socket);
    Peer *find(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, ErrorCode code, const QString &message);

    ConnectionLimits m_limits;
    std::vector<Peer> m_peers;
};

} // namespace cybos
