#pragma once
// Forwarding over a WebSocket: frames {"op":"ingest","source":ID,"ticks":[…]} (stock master
// chunks {"op":"stocks","source":ID,"stocks":[…]}), the handshake carrying
// "Authorization: Bearer KEY". The remote answers [{"type":"ack","seq":N}] once every tick up
// to N is stored ([{"type":"ack","op":"stocks"}] for a stock chunk), so several frames may be
// in flight (window). An error message such as unauthorized stops forwarding; a dropped
// connection or a missing acknowledgement is retried.
#include "forwardtransport.h"
#include <QList>
#include <QTimer>
#include <QWebSocket>

namespace cybos {

class WsForwardTransport : public ForwardTransport
{
    Q_OBJECT
public:
    WsForwardTransport(const ForwarderOptions &options, QString source, QObject *parent = nullptr);
    ~WsForwardTransport() override;

    void open() override;
    void send(const ForwardPush &push) override;
    void close() override;
    int window() const override { return qMax(1, m_options.wsWindow); }
    int maxBytes() const override { return m_options.maxWsBytes; }

private:
    void onStateChanged(QAbstractSocket::SocketState state);
    void onMessage(const QString &text);
    void onAck(const QString &op, qint64 seq);
    void onError(const QString &code, const QString &message);
    void fail(ForwardFailure failure);
    ForwardFailure failureFromSocket() const;

    ForwarderOptions m_options;
    QByteArray m_sourceJson;
    QWebSocket *m_socket = nullptr;     // recreated by each open()
    QTimer m_timeout;                   // handshake, then the oldest unacknowledged frame
    QList<PushKind> m_inFlight;
    bool m_open = false;
    bool m_failed = false;
};

} // namespace cybos
