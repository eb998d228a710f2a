#pragma once
// What a WebSocket client may ask (../shared/api.md), with the "op" names the wire uses. The
// names live only in wsOpName (a switch without default: an op without its name fails the build).
#include <QString>
#include <QStringView>
#include <optional>

namespace cybos {

enum class WsOp : unsigned char { Auth, Subscribe, Unsubscribe, List, Ping };

inline constexpr WsOp kWsOps[] = {WsOp::Auth, WsOp::Subscribe, WsOp::Unsubscribe, WsOp::List, WsOp::Ping};

QString wsOpName(WsOp op);                             // "auth" | "subscribe" | ...
std::optional<WsOp> wsOpFromName(QStringView name);    // nullopt: not an op

} // namespace cybos
