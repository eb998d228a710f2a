#pragma once
// The WebSocket hub on the server thread: every connected client, which codes each wants, and
// the fan-out of the tick bus' batches (each tick serialised once, the same message to every
// client that wants its code; ticks in seq order, one message each, batched per frame). It
// reference-counts codes across clients and asks the feed to watch a code only when its first
// client wants it, to unwatch it when its last client lets it go.
#include "coderefs.h"
#include "wscommands.h"
#include "core/async/asyncserial.h"
#include "core/domain/result.h"
#include "core/domain/tick.h"
#include "core/server/serverdeps.h"
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocketProtocol>
#include <qcoro/qcorotask.h>

class QWebSocket;

namespace cybos {

class AccessGuard;
class FeedServices;
class ServerMetrics;
class WsClient;

class WsHub : public QObject
{
    Q_OBJECT
public:
    WsHub(FeedServices *services, AccessGuard *guard, ServerMetrics *metrics, const ServerOptions &options,
          const Listing *listing, QObject *parent = nullptr);
    ~WsHub() override;

    // A socket that passed the handshake; authenticated when the handshake carried the key.
    // openCode: the {code} of /ws/prices/{code} (decoded by the router), subscribed on open.
    void accept(QWebSocket *socket, bool authenticated, const QString &openCode = {});
    int clientCount() const { return int(m_clients.size()); }
    qint64 bufferedBytes() const;
    void closeAll();

    // The client's set grows by codes (known, canonical): all or nothing.
    QCoro::Task<Status> addCodes(QPointer<WsClient> client, QStringList codes);
    QCoro::Task<> removeCodes(QPointer<WsClient> client, QStringList codes);

public Q_SLOTS:
    void publishTicks(const cybos::TickList &batch);
    void setFeedConnected(bool connected);

private:
    void scheduleSend();
    void sendBacklog();
    void dropEveryone();
    void enforceBufferBudget();
    void dropSlow(WsClient *client);
    void enqueued(WsClient *client, bool queued);
    QCoro::Task<> drain(WsClient *raw);
    void onDisconnected(WsClient *client);
    // Still one of the hub's clients: not deleted, and not disconnected while a change waited
    // (its deleteLater may not have run yet, but its codes were already released).
    bool connected(const QPointer<WsClient> &client) const;
    void drop(WsClient *client, QWebSocketProtocol::CloseCode code, const QString &reason,
              ErrorCode errorCode, const QString &message, int idleGraceMs = 0);
    QCoro::Task<> release(QStringList codes);
    void pingAll();
    void indexAdd(WsClient *client, const QStringList &codes);
    void indexRemove(WsClient *client, const QStringList &codes);

    FeedServices *m_services;
    AccessGuard *m_guard;
    ServerMetrics *m_metrics;
    ServerOptions m_options;
    WsCommands m_commands;
    QList<WsClient *> m_clients;
    QHash<QString, QList<WsClient *>> m_byCode;
    CodeRefs m_refs;
    AsyncSerial m_changes;
    TickList m_backlog;            // ticks received and not yet sent
    bool m_sendQueued = false;
    QTimer m_pingTimer;
};

} // namespace cybos
