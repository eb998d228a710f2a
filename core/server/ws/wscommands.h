#pragma once
// What a WebSocket client's messages do (api.md "WebSocket"): auth, subscribe, unsubscribe,
// list, ping, and bad_request for anything else. One message at a time per client, so the
// answers keep the order of the questions.
#include "wsprotocol.h"
#include <QPointer>
#include <qcoro/qcorotask.h>

namespace cybos {

class AccessGuard;
class Listing;
class WsClient;
class WsHub;

class WsCommands
{
public:
    WsCommands(WsHub *hub, AccessGuard *guard, const Listing *listing);

    QCoro::Task<> handle(QPointer<WsClient> client, WsCommand command);

private:
    QCoro::Task<> subscribe(QPointer<WsClient> client, WsCommand command);
    QCoro::Task<> unsubscribe(QPointer<WsClient> client, WsCommand command);
    void authenticate(WsClient *client, const WsCommand &command);

    WsHub *m_hub;
    AccessGuard *m_guard;
    const Listing *m_listing;   // subscribes name listed codes only
};

} // namespace cybos
