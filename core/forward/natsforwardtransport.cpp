#include "natsforwardtransport.h"
#include "core/async/threadcall.h"
#include "core/domain/domainjson.h"
#include "core/domain/domainjsonwriter.h"
#include "core/nats/natscallbacks.h"
#include <QPointer>

namespace cybos {
namespace {
const char *const kSeqHeader = "Cybos-Seq";
const char *const kSourceHeader = "Cybos-Source";

using NatsCall = ThreadCall<std::optional<NatsError>>;

NatsCall::Work connectWork(std::shared_ptr<NatsClient> client, NatsHooks hooks, NatsStreamPolicy policy)
{
    return [client, hooks, policy]() -> std::optional<NatsError> {
        if (auto error = client->connect(hooks))
            return error;
        return client->ensureStream(policy);
    };
}

NatsCall::Work publishWork(std::shared_ptr<NatsClient> client, NatsOutMessages messages)
{
    return [client, messages]() -> std::optional<NatsError> {
        for (const NatsOutMessage &m : messages) {
            if (auto error = client->publishAsync(m.subject, m.data, m.headers))
                return error;
        }
        return std::nullopt;
    };
}

} // namespace

void NatsForwardTransport::publishAcked(jsCtx *, natsMsg *msg, jsPubAck *ack, jsPubAckErr *refusal, void *closure)
{
    const char *seqText = nullptr;
    const bool hasSeq = natsMsgHeader_Get(msg, kSeqHeader, &seqText) == NATS_OK && seqText;
    const qint64 seq = hasSeq ? QByteArray(seqText).toLongLong() : 0;
    QString error;
    if (!ack) {
        const natsStatus status = refusal ? refusal->Err : NATS_ERR;
        error = refusal && refusal->ErrText ? QString::fromUtf8(refusal->ErrText)
                                            : QString::fromUtf8(natsStatus_GetText(status));
        error = QStringLiteral("JetStream refused a message: ") + error;
    }
    natsMsg_Destroy(msg);
    const quintptr id = NatsCallbacks::idOf(closure);
    NatsCallbacks::post(id, [id, seq, hasSeq, error](QObject *target) {
        static_cast<NatsForwardTransport *>(target)->onAck(id, seq, !hasSeq, error);
    });
}

void NatsForwardTransport::connectionLost(natsConnection *, void *closure)
{
    const quintptr id = NatsCallbacks::idOf(closure);
    NatsCallbacks::post(id, [id](QObject *target) {
        auto *self = static_cast<NatsForwardTransport *>(target);
        if (id == self->m_callbacks)
            self->fail(false, QStringLiteral("NATS connection to %1 lost").arg(self->m_endpoint->display));
    });
}

NatsForwardTransport::NatsForwardTransport(const ForwarderOptions &options, QString source, QObject *parent)
    : ForwardTransport(parent), m_options(options), m_source(source.toUtf8()),
      m_endpoint(natsEndpoint(options.remote, options.key, options.natsPrefix, options.natsCaFile)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("nats-forward"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(false, QStringLiteral("no JetStream acknowledgement within %1 ms").arg(m_options.requestTimeoutMs));
    });
}

NatsForwardTransport::~NatsForwardTransport()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

void NatsForwardTransport::open()
{
    close();
    m_failed = false;
    if (!m_endpoint) {
        QTimer::singleShot(0, this, [this, message = m_endpoint.error().message] { fail(true, message); });
        return;
    }
    m_client = std::make_shared<NatsClient>(*m_endpoint);
    m_callbacks = NatsCallbacks::add(this);
    connectNow(m_client, m_callbacks);
}

QCoro::Task<> NatsForwardTransport::connectNow(std::shared_ptr<NatsClient> client, quintptr callbacks)
{
    NatsHooks hooks;
    hooks.closure = NatsCallbacks::closure(callbacks);
    hooks.lost = &NatsForwardTransport::connectionLost;
    hooks.acked = &NatsForwardTransport::publishAcked;
    hooks.maxPending = int64_t(window() + 1) * qMax(1, m_options.maxBatchTicks);
    hooks.connectTimeoutMs = qMin(m_options.requestTimeoutMs, 5000);
    const NatsStreamPolicy policy{m_options.natsCreateStream, m_options.retentionDays, 300};
    QPointer<NatsForwardTransport> self(this);
    NatsCall call(m_worker, connectWork(std::move(client), hooks, policy));
    const std::optional<NatsError> error = co_await call;
    if (!self || callbacks != m_callbacks)
        co_return; // closed (or destroyed) meanwhile
    if (error)
        fail(error->fatal, error->message);
    else
        Q_EMIT opened();
}

NatsOutMessages NatsForwardTransport::messages(const ForwardPush &push) const
{
    NatsOutMessages out;
    if (push.kind == PushKind::Stocks) {
        QByteArray data;
        data.reserve(push.items.size() + m_source.size() + 32);
        data.append("{\"source\":");
        Json::appendEscaped(data, QString::fromUtf8(m_source));
        data.append(",\"stocks\":[").append(push.items).append("]}");
        out.append({m_endpoint->stocksSubject(), data, {{kSourceHeader, m_source}}});
        return out;
    }
    out.reserve(push.ticks.size());
    for (const Tick &tick : push.ticks) {
        const QByteArray seq = QByteArray::number(tick.seq);
        out.append({m_endpoint->tickSubject(tick.code), DomainJson::tickMessage(tick),
                    {{"Nats-Msg-Id", m_source + ':' + seq}, {kSourceHeader, m_source}, {kSeqHeader, seq}}});
    }
    return out;
}

void NatsForwardTransport::send(const ForwardPush &push)
{
    if (!m_client || m_failed)
        return;
    NatsOutMessages out = messages(push);
    const int remaining = int(out.size());
    m_pending.append({push.kind, push.firstSeq, push.lastSeq, remaining});
    if (!m_timeout.isActive())
        m_timeout.start(m_options.requestTimeoutMs);
    if (remaining == 0) { // a heartbeat: nothing to publish, acknowledged in its turn
        QTimer::singleShot(0, this, [this, callbacks = m_callbacks] {
            if (callbacks == m_callbacks)
                settle();
        });
        return;
    }
    publishNow(m_client, m_callbacks, std::move(out));
}

QCoro::Task<> NatsForwardTransport::publishNow(std::shared_ptr<NatsClient> client, quintptr callbacks,
                                               NatsOutMessages messages)
{
    QPointer<NatsForwardTransport> self(this);
    NatsCall call(m_worker, publishWork(std::move(client), std::move(messages)));
    const std::optional<NatsError> error = co_await call;
    if (self && callbacks == m_callbacks && error)
        fail(error->fatal, error->message);
}

void NatsForwardTransport::onAck(quintptr callbacks, qint64 seq, bool stocks, const QString &error)
{
    if (callbacks != m_callbacks || m_failed)
        return; // an ack of a connection closed since
    if (!error.isEmpty()) {
        fail(false, error);
        return;
    }
    for (Pending &p : m_pending) {
        const bool mine = stocks ? p.kind == PushKind::Stocks
                                 : p.kind == PushKind::Ticks && seq >= p.firstSeq && seq <= p.lastSeq;
        if (mine && p.remaining > 0) {
            --p.remaining;
            break;
        }
    }
    settle();
}

void NatsForwardTransport::settle()
{
    const quintptr callbacks = m_callbacks;
    bool progressed = false;
    while (!m_pending.isEmpty() && m_pending.constFirst().remaining == 0) {
        const Pending done = m_pending.takeFirst();
        progressed = true;
        Q_EMIT acknowledged(done.kind, done.lastSeq);
        if (callbacks != m_callbacks)
            return; // the engine closed this connection
    }
    if (m_pending.isEmpty())
        m_timeout.stop();
    else if (progressed)
        m_timeout.start(m_options.requestTimeoutMs);
}

void NatsForwardTransport::fail(bool fatal, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_timeout.stop();
    ForwardFailure failure;
    failure.fatal = fatal;
    failure.message = message;
    Q_EMIT failed(failure);
}

void NatsForwardTransport::close()
{
    m_timeout.stop();
    m_pending.clear();
    if (m_callbacks)
        NatsCallbacks::remove(std::exchange(m_callbacks, 0));
    if (m_client) {
        // Closed on the worker, after whatever it is still doing with the client.
        QMetaObject::invokeMethod(m_worker, [client = std::move(m_client)] { client->close(); }, Qt::QueuedConnection);
        m_client.reset();
    }
}

} // namespace cybos
