#pragma once
// What a WebSocket client's messages do (api.md "WebSocket"): auth, subscribe, unsubscribe,
// list, ping, and bad_request for anything else. One message at a time per client, so the
// answers keep the order of the questions.
#include "wsprotocol.h"
#include <QPointer>
#include <functional>
#include <qcoro/qcorotask.h>

namespace cybos {

class AccessGuard;
class WsClient;
class WsHub;

class WsCommands
{
public:
    using CodeCheck = std::function<bool(const QString &code)>;   // does the master know it?

    WsCommands(WsHub *hub, AccessGuard *guard, CodeCheck isKnown);

    QCoro::Task<> handle(QPointer<WsClient> client, WsCommand command);

private:
    QCoro::Task<> subscribe(QPointer<WsClient> client, WsCommand command);
    QCoro::Task<> unsubscribe(QPointer<WsClient> client, WsCommand command);
    void authenticate(WsClient *client, const WsCommand &command);

    WsHub *m_hub;
    AccessGuard *m_guard;
    CodeCheck m_isKnown;
};

} // namespace cybos
