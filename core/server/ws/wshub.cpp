#include "wshub.h"
#include "wsclient.h"
#include "wsprotocol.h"
#include "core/async/threadcall.h"
#include "core/domain/domainjson.h"
#include "core/domain/ksttime.h"
#include "core/log/categories.h"
#include "core/server/metrics/servermetrics.h"
#include "core/server/security/accessguard.h"
#include "core/services/feedservices.h"
#include <QWebSocket>

namespace cybos {
namespace {
// 1013 (Try Again Later) would fit, but Qt 6.4 clients take it for a protocol error.
constexpr auto kCloseTooMany = QWebSocketProtocol::CloseCodePolicyViolated;
} // namespace

WsHub::WsHub(FeedServices *services, AccessGuard *guard, ServerMetrics *metrics, const ServerOptions &options,
             const Listing *listing, QObject *parent)
    : QObject(parent), m_services(services), m_guard(guard), m_metrics(metrics), m_options(options),
      m_commands(this, guard, listing), m_changes(this)
{
    m_pingTimer.setInterval(m_options.wsPingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &WsHub::pingAll);
    m_pingTimer.start();
}

WsHub::~WsHub()
{
    // Clients go with the hub (children). Their codes are not unwatched one by one: the hub
    // ends only when the server stops, and no feed call may start from a thread that is ending.
    m_pingTimer.stop();
}

qint64 WsHub::bufferedBytes() const
{
    qint64 total = 0;
    for (const WsClient *c : m_clients)
        total += c->bufferedBytes();
    return total;
}

void WsHub::closeAll()
{
    const QList<WsClient *> clients = m_clients;
    for (WsClient *c : clients)
        c->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server stopping"));
}

void WsHub::accept(QWebSocket *socket, bool authenticated, const QString &openCode)
{
    const bool keyRequired = m_guard->keyRequired();
    // A burst of messages waits for its answers, up to wsMaxPendingOps messages of the largest size.
    WsLimits limits;
    limits.maxBufferedBytes = m_options.wsMaxBufferedBytes;
    limits.maxMessageBytes = m_options.wsMaxMessageBytes;
    limits.maxPendingBytes = m_options.wsMaxPendingOps * m_options.wsMaxMessageBytes;
    auto *client = new WsClient(socket, authenticated || !keyRequired, limits, this);
    if (m_clients.size() >= m_options.wsMaxClients) {
        connect(client, &WsClient::disconnected, client, &QObject::deleteLater);
        m_metrics->recordWsDisconnect(errorCodeName(ErrorCode::TooManyConnections));
        client->close(kCloseTooMany, QStringLiteral("too many connections"),
                      WsFrame::error(ErrorCode::TooManyConnections,
                                     QStringLiteral("the server serves %1 WebSocket clients at most").arg(m_options.wsMaxClients)));
        return;
    }
    m_clients.append(client);
    m_metrics->setWsClients(clientCount());
    connect(client, &WsClient::messageReceived, this, [this, client](const QString &text) {
        if (!client->isClosing())
            enqueued(client, client->inbox.pushText(text));
    });
    connect(client, &WsClient::binaryReceived, this, [this, client] {
        if (!client->isClosing())
            enqueued(client, client->inbox.pushBinary());
    });
    connect(client, &WsClient::disconnected, this, [this, client] { onDisconnected(client); });
    connect(client, &WsClient::slowClientDetected, this, [this, client] { dropSlow(client); });
    client->sendFrame(WsFrame::hello(keyRequired));
    if (!client->isAuthenticated()) {
        QTimer::singleShot(m_options.wsAuthTimeoutMs, client, [this, client] {
            if (!client->isAuthenticated())
                drop(client, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("auth_timeout"),
                     ErrorCode::Unauthorized, QStringLiteral("no auth message in time"));
        });
    }
    // /ws/prices/{code}: the code is subscribed on open (after auth), as if the client asked.
    if (!openCode.isEmpty()) {
        client->openCommand = subscribeCommand(openCode);
        if (client->isAuthenticated()) {
            client->inbox.pushText(std::exchange(client->openCommand, QString()));
            drain(client);
        }
    }
}

void WsHub::enqueued(WsClient *client, bool queued)
{
    if (!queued) {
        drop(client, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("flood"), ErrorCode::BadRequest,
             QStringLiteral("too many messages waiting for an answer"));
        return;
    }
    if (!client->processing)
        drain(client);
}

QCoro::Task<> WsHub::drain(WsClient *raw)
{
    // A raw pointer in, a guard inside: the client may go while an answer waits for the feed.
    const QPointer<WsClient> client(raw);
    client->processing = true;
    while (client && !client->inbox.isEmpty() && !client->isClosing()) {
        auto task = m_commands.handle(client, client->inbox.take());
        co_await task;
    }
    if (client)
        client->processing = false;
}

void WsHub::onDisconnected(WsClient *client)
{
    m_clients.removeOne(client);
    m_metrics->setWsClients(clientCount());
    const QString reason = client->closeReason().isEmpty() ? QStringLiteral("closed") : client->closeReason();
    m_metrics->recordWsDisconnect(reason);
    const QStringList codes = client->codes();
    indexRemove(client, codes);
    client->deleteLater();
    if (!codes.isEmpty())
        release(codes);
}

bool WsHub::connected(const QPointer<WsClient> &client) const
{
    return client && m_clients.contains(client.data());
}

void WsHub::dropSlow(WsClient *client)
{
    // A slow client is alive, only behind: it gets time to read what is buffered, then the
    // error and the close frame (no more ticks are queued for it).
    drop(client, QWebSocketProtocol::CloseCodePolicyViolated, errorCodeName(ErrorCode::SlowClient), ErrorCode::SlowClient,
         QStringLiteral("the client lags too far behind; fill the gap with GET /api/ticks?since_seq="),
         m_options.wsSlowCloseGraceMs);
}

void WsHub::drop(WsClient *client, QWebSocketProtocol::CloseCode code, const QString &reason,
                 ErrorCode errorCode, const QString &message, int idleGraceMs)
{
    qCInfo(lcServer).noquote() << "closing WebSocket of" << client->peer().toString() << "-" << reason;
    client->close(code, reason, WsFrame::error(errorCode, message), idleGraceMs);
}

QCoro::Task<Status> WsHub::addCodes(QPointer<WsClient> client, QStringList codes)
{
    co_await m_changes.turn();
    AsyncSerial::Turn turn(&m_changes);
    if (!connected(client))
        co_return Ok{};
    QStringList fresh;
    for (const QString &c : std::as_const(codes)) {
        if (!client->wants(c) && !fresh.contains(c))
            fresh.append(c);
    }
    if (client->codes().size() + fresh.size() > m_options.wsMaxCodesPerClient) {
        co_return makeError(ErrorCode::SubscriptionLimit,
                            QStringLiteral("a client may follow %1 codes at most").arg(m_options.wsMaxCodesPerClient));
    }
    const QStringList unwatched = m_refs.unwanted(fresh);
    if (!unwatched.isEmpty()) {
        FeedServices *services = m_services;
        auto task = threadCall(services, [services, unwatched] { return services->watch(unwatched); }, this);
        const Status watched = co_await task;
        if (!watched)
            co_return watched.error();
        if (!connected(client)) {
            auto undo = threadCall(
                services, [services, unwatched] { return services->unwatch(unwatched); }, this);
            co_await undo;
            co_return Ok{};
        }
    }
    m_refs.add(fresh);
    client->addCodes(fresh);
    indexAdd(client, fresh);
    co_return Ok{};
}

QCoro::Task<> WsHub::removeCodes(QPointer<WsClient> client, QStringList codes)
{
    co_await m_changes.turn();
    AsyncSerial::Turn turn(&m_changes);
    if (!connected(client))
        co_return;
    QStringList present;
    for (const QString &c : std::as_const(codes)) {
        if (client->wants(c))
            present.append(c);
    }
    client->removeCodes(present);
    indexRemove(client, present);
    const QStringList gone = m_refs.remove(present);
    if (!gone.isEmpty()) {
        FeedServices *services = m_services;
        auto task = threadCall(services, [services, gone] { return services->unwatch(gone); }, this);
        const Status s = co_await task;
        if (!s)
            qCWarning(lcServer) << "unwatch failed:" << s.error().message;
    }
}

QCoro::Task<> WsHub::release(QStringList codes)
{
    co_await m_changes.turn();
    AsyncSerial::Turn turn(&m_changes);
    const QStringList gone = m_refs.remove(codes);
    if (gone.isEmpty())
        co_return;
    FeedServices *services = m_services;
    auto task = threadCall(services, [services, gone] { return services->unwatch(gone); }, this);
    const Status s = co_await task;
    if (!s)
        qCWarning(lcServer) << "unwatch failed:" << s.error().message;
}

void WsHub::indexAdd(WsClient *client, const QStringList &codes)
{
    for (const QString &c : codes)
        m_byCode[c].append(client);
}

void WsHub::indexRemove(WsClient *client, const QStringList &codes)
{
    for (const QString &c : codes) {
        auto it = m_byCode.find(c);
        if (it == m_byCode.end())
            continue;
        it->removeOne(client);
        if (it->isEmpty())
            m_byCode.erase(it);
    }
}

void WsHub::setFeedConnected(bool connected)
{
    const QString frame = WsFrame::status(connected);
    for (WsClient *c : std::as_const(m_clients)) {
        if (c->isAuthenticated())
            c->sendFrame(frame);
    }
}

void WsHub::pingAll()
{
    const qint64 now = Kst::nowMs();
    const QList<WsClient *> clients = m_clients;
    for (WsClient *c : clients) {
        if (now - c->lastHeardMs() > m_options.wsPongTimeoutMs)
            c->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("ping_timeout"));
        else
            c->ping();
    }
}

} // namespace cybos
