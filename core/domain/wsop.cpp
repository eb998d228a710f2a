#include "wsop.h"
#include "enumnames.h"

namespace cybos {

QString wsOpName(WsOp op)
{
    switch (op) {
    case WsOp::Auth: return QStringLiteral("auth");
    case WsOp::Subscribe: return QStringLiteral("subscribe");
    case WsOp::Unsubscribe: return QStringLiteral("unsubscribe");
    case WsOp::List: return QStringLiteral("list");
    case WsOp::Ping: return QStringLiteral("ping");
    }
    return {};
}

std::optional<WsOp> wsOpFromName(QStringView name)
{
    return enumFromName<WsOp>(kWsOps, wsOpName, name);
}

} // namespace cybos
