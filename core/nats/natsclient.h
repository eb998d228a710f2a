#pragma once
// A blocking nats.c connection with its JetStream context: connect (the endpoint's token or
// .creds file), make sure the stream exists, publish asynchronously. Every call blocks up to
// the connect timeout, so it runs on a worker thread, never on the GUI or server thread; one
// thread at a time. Results that arrive later (publish acks, a lost connection) come through
// the hooks' C callbacks on nats.c's threads (see natscallbacks.h for their closure).
#include "natsendpoint.h"
#include <QList>
#include <nats/nats.h>
#include <optional>
#include <utility>

namespace cybos {

struct NatsError {
    bool fatal = false;   // retrying cannot help: bad credentials, missing stream, bad URL
    QString message;
};

struct NatsHooks {
    void *closure = nullptr;
    natsConnectionHandler lost = nullptr;   // disconnected or closed
    jsPubAckHandler acked = nullptr;        // each async publish: acked or refused
    int64_t maxPending = 0;                 // async publishes awaiting acks, at most
    int connectTimeoutMs = 5000;
};

struct NatsStreamPolicy {
    bool create = true;
    int maxAgeDays = 30;                    // 0: no limit
    int duplicateWindowS = 300;             // Nats-Msg-Id repeats dropped within it
};

using NatsHeaders = QList<std::pair<QByteArray, QByteArray>>;

class NatsClient
{
public:
    explicit NatsClient(NatsEndpoint endpoint) : m_endpoint(std::move(endpoint)) {}
    ~NatsClient() { close(); }
    NatsClient(const NatsClient &) = delete;
    NatsClient &operator=(const NatsClient &) = delete;

    std::optional<NatsError> connect(const NatsHooks &hooks);
    std::optional<NatsError> ensureStream(const NatsStreamPolicy &policy);
    std::optional<NatsError> publishAsync(const QByteArray &subject, const QByteArray &data,
                                          const NatsHeaders &headers);
    void close();

    const NatsEndpoint &endpoint() const { return m_endpoint; }
    natsConnection *connection() const { return m_connection; }
    jsCtx *jetStream() const { return m_js; }

    // nats.c's text for a failed call: the status and, when it has one, the last error.
    static QString describe(natsStatus status);

private:
    std::optional<NatsError> createStream(const NatsStreamPolicy &policy);

    NatsEndpoint m_endpoint;
    natsConnection *m_connection = nullptr;
    jsCtx *m_js = nullptr;
};

} // namespace cybos
