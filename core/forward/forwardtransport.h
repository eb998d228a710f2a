#pragma once
// The forwarder's link to the remote server, one implementation per URL scheme:
// http(s) → HttpForwardTransport (one POST per push), ws(s) → WsForwardTransport (frames,
// acknowledged by [{"type":"ack","seq":N}]), nats/tls → NatsForwardTransport (JetStream).
// Lives on the forwarder thread.
//
// open() leads to opened() or failed(); each send() leads to acknowledged() (pushes are
// acknowledged in the order sent) or failed(). After failed() the transport is unusable
// until close() and open(). close() drops what is in flight and emits nothing more.
#include "forwarderoptions.h"
#include "forwardpush.h"
#include <QObject>
#include <memory>

namespace cybos {

class ForwardTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ForwardTransport() override = default;

    virtual void open() = 0;
    virtual void send(const ForwardPush &push) = 0;
    virtual void close() = 0;
    virtual int window() const = 0;     // pushes that may be in flight at once
    virtual int maxBytes() const = 0;   // JSON bytes of one push's items, at most

    // The transport for options.remote's scheme, or null for another scheme.
    static std::unique_ptr<ForwardTransport> create(const ForwarderOptions &options,
                                                    const QString &source);

Q_SIGNALS:
    void opened();
    void acknowledged(cybos::PushKind kind, qint64 seq); // Ticks: every tick up to seq is stored
    void failed(const cybos::ForwardFailure &failure);
};

} // namespace cybos
