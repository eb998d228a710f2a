#include "wscommands.h"
#include "wsclient.h"
#include "wshub.h"
#include "core/domain/stockcode.h"
#include "core/pipeline/listing.h"
#include "core/server/security/accessguard.h"

namespace cybos {

WsCommands::WsCommands(WsHub *hub, AccessGuard *guard, const Listing *listing)
    : m_hub(hub), m_guard(guard), m_listing(listing)
{}

QCoro::Task<> WsCommands::handle(QPointer<WsClient> client, WsCommand command)
{
    if (!command.op) {
        client->sendFrame(WsFrame::error(ErrorCode::BadRequest, command.error, command.id));
        co_return;
    }
    if (!client->isAuthenticated() && command.op != WsOp::Auth) {
        client->sendFrame(WsFrame::error(ErrorCode::Unauthorized,
                                         QStringLiteral("send {\"op\":\"auth\",\"key\":…} first"), command.id));
        co_return;
    }
    switch (*command.op) {
    case WsOp::Auth:
        authenticate(client, command);
        break;
    case WsOp::Subscribe: {
        auto task = subscribe(client, command);
        co_await task;
        break;
    }
    case WsOp::Unsubscribe: {
        auto task = unsubscribe(client, command);
        co_await task;
        break;
    }
    case WsOp::List:
        client->sendFrame(WsFrame::subscribed(client->codes(), command.id));
        break;
    case WsOp::Ping:
        client->sendFrame(WsFrame::pong(command.id));
        break;
    }
}

void WsCommands::authenticate(WsClient *client, const WsCommand &command)
{
    if (auto denied = m_guard->authorizeKey(command.key, client->peer())) {
        const QString frame = WsFrame::error(denied->code == ErrorCode::Banned ? ErrorCode::Unauthorized : denied->code,
                                             denied->message, command.id);
        if (m_guard->checkBan(client->peer()))
            client->close(QWebSocketProtocol::CloseCodePolicyViolated, errorCodeName(ErrorCode::Banned), frame);
        else
            client->sendFrame(frame);
        return;
    }
    client->setAuthenticated();
    client->sendFrame(WsFrame::authenticated());
    if (!client->openCommand.isEmpty())
        client->inbox.pushFront(std::exchange(client->openCommand, QString()));
}

QCoro::Task<> WsCommands::subscribe(QPointer<WsClient> client, WsCommand command)
{
    QStringList known;
    QStringList unknown;
    for (const QString &raw : std::as_const(command.codes)) {
        const auto code = StockCode::normalize(raw);
        if (!code || !m_listing->isListed(code.value()))
            unknown.append(raw);
        else if (!known.contains(code.value()))
            known.append(code.value());
    }
    if (!unknown.isEmpty()) {
        client->sendFrame(WsFrame::error(ErrorCode::UnknownCode,
                                         QStringLiteral("unknown stock codes: ") + unknown.join(u','),
                                         command.id, unknown));
    }
    auto task = m_hub->addCodes(client, known);
    const Status added = co_await task;
    if (!client)
        co_return;
    if (!added) {
        client->sendFrame(WsFrame::error(added.error().code, added.error().message, command.id));
        co_return;
    }
    client->sendFrame(WsFrame::subscribed(client->codes(), command.id));
}

QCoro::Task<> WsCommands::unsubscribe(QPointer<WsClient> client, WsCommand command)
{
    QStringList codes;
    for (const QString &raw : std::as_const(command.codes)) {
        if (const auto code = StockCode::normalize(raw))
            codes.append(code.value());
    }
    auto task = m_hub->removeCodes(client, codes);
    co_await task;
    if (client)
        client->sendFrame(WsFrame::subscribed(client->codes(), command.id));
}

} // namespace cybos
