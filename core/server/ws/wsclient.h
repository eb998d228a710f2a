#pragma once
// One WebSocket connection: its authentication state, its set of codes, its outgoing buffer
// (bounded: a client that lags too far gets slow_client and close 1008) and its liveness
// (server pings, pong deadline). Lives on the server thread, owned by the hub.
#include "wsinbox.h"
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QWebSocketProtocol>

class QWebSocket;

namespace cybos {

struct WsLimits {
    qint64 maxBufferedBytes = 8 << 20;
    qint64 maxMessageBytes = 64 << 10;
    qint64 maxPendingBytes = 4 << 20;       // messages waiting for their answers (WsInbox)
    qsizetype maxPendingMessages = 10'000;  // refused ones too: past this a client floods (~1 MB)
};

class WsClient : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of the socket.
    WsClient(QWebSocket *socket, bool authenticated, WsLimits limits, QObject *parent = nullptr);
    ~WsClient() override;

    QHostAddress peer() const;
    bool isAuthenticated() const { return m_authenticated; }
    void setAuthenticated() { m_authenticated = true; }
    bool isClosing() const { return m_closing; }
    QString closeReason() const { return m_closeReason; }   // why the server closed; empty: the peer

    const QStringList &codes() const { return m_codes; }
    bool wants(const QString &code) const { return m_codeSet.contains(code); }
    void addCodes(const QStringList &codes);
    void removeCodes(const QStringList &codes);

    void sendFrame(const QString &frame);          // a whole frame: control messages
    // The ticks of the current batch this client wants, by index; pick() is true for the first.
    bool pick(qsizetype index);
    const QList<qsizetype> &picks() const { return m_picks; }
    qint64 sendBatch(const QString &frame);        // the picks as one frame → messages sent
    qint64 bufferedBytes() const;
    // Sends lastFrame (even past the buffer limit: it explains the close), then closes
    // gracefully; the connection is reset once the peer took nothing for idleGraceMs
    // (0: the default, 5 s).
    void close(QWebSocketProtocol::CloseCode code, const QString &reason, const QString &lastFrame = {},
               int idleGraceMs = 0);

    void ping();
    qint64 lastHeardMs() const { return m_lastHeardMs; }

    // Messages wait here and are answered one at a time, in order (an answer may wait for
    // the feed).
    WsInbox inbox;
    bool processing = false;
    QString openCommand;    // /ws/prices/{code}: the subscribe to run once authenticated

Q_SIGNALS:
    void messageReceived(const QString &text);
    void binaryReceived();
    void disconnected();
    void slowClientDetected();

private:
    bool overBudget();

    QWebSocket *m_socket;
    WsLimits m_limits;
    bool m_authenticated;
    bool m_closing = false;
    QString m_closeReason;
    QStringList m_codes;
    QSet<QString> m_codeSet;
    QList<qsizetype> m_picks;
    qint64 m_lastHeardMs;
};

} // namespace cybos
