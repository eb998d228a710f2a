#pragma once
// Forwarding to NATS JetStream (nats:// or tls://HOST:4222/STREAM): every tick becomes one
// message on <prefix>.ticks.<code> holding the WebSocket tick JSON, with the headers
// Nats-Msg-Id "<source>:<seq>" (the stream drops a repeat after a retry), Cybos-Source and
// Cybos-Seq; a stock master chunk is one message {"source","stocks":[…]} on <prefix>.stocks.
// Publishing is asynchronous: a push is acknowledged once JetStream acknowledged each of its
// messages, pushes in order, with at most window() pushes awaiting acks.
//
// nats.c blocks (connect, stream lookup) and calls back on its own threads, so the client
// lives on a worker thread of this transport: calls go there through ThreadCall, acks come
// back through NatsCallbacks. A lost connection, a refused message or an ack missing for
// requestTimeoutMs fails the transport; the engine closes it and opens it again after its
// backoff, and resends from its cursor.
#include "core/nats/natsclient.h"
#include "forwardtransport.h"
#include <QList>
#include <QThread>
#include <QTimer>
#include <memory>
#include <qcoro/qcorotask.h>

namespace cybos {

struct NatsOutMessage {
    QByteArray subject;
    QByteArray data;
    NatsHeaders headers;
};
using NatsOutMessages = QList<NatsOutMessage>;

class NatsForwardTransport : public ForwardTransport
{
    Q_OBJECT
public:
    NatsForwardTransport(const ForwarderOptions &options, QString source, QObject *parent = nullptr);
    ~NatsForwardTransport() override;

    void open() override;
    void send(const ForwardPush &push) override;
    void close() override;
    int window() const override { return qMax(1, m_options.natsWindow); }
    int maxBytes() const override { return 64 << 20; } // messages are per tick: the count limits a push

    // The messages of one push (public for the tests).
    NatsOutMessages messages(const ForwardPush &push) const;

private:
    struct Pending {
        PushKind kind;
        qint64 firstSeq;
        qint64 lastSeq;
        int remaining;
    };
    QCoro::Task<> connectNow(std::shared_ptr<NatsClient> client, quintptr callbacks);
    QCoro::Task<> publishNow(std::shared_ptr<NatsClient> client, quintptr callbacks, NatsOutMessages messages);
    // nats.c's threads → this object's thread.
    static void publishAcked(jsCtx *js, natsMsg *msg, jsPubAck *ack, jsPubAckErr *refusal, void *closure);
    static void connectionLost(natsConnection *connection, void *closure);
    void onAck(quintptr callbacks, qint64 seq, bool stocks, const QString &error);
    void settle();
    void fail(bool fatal, const QString &message);

    ForwarderOptions m_options;
    QByteArray m_source;
    Result<NatsEndpoint> m_endpoint;
    QThread m_thread;                       // where the nats.c calls block
    QObject *m_worker;                      // lives on m_thread
    std::shared_ptr<NatsClient> m_client;   // used on m_thread only
    quintptr m_callbacks = 0;               // NatsCallbacks id of the current connection
    QList<Pending> m_pending;
    QTimer m_timeout;                       // the oldest push's acks
    bool m_failed = false;
};

} // namespace cybos
