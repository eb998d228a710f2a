#include "cpcybos.h"
#include "core/domain/limits.h"
#include "emucontext.h"

namespace cybos::emu {
namespace {
constexpr int kTradeRequestLimit = 20; // order/account requests per 15 s (none emulated)
}

CpCybos::CpCybos(const QString &progId, EmuContext *context) : EmuObject(progId, context, false)
{
    // OnDisConnect: the link dropped (every subscription is gone with it). Only an object that
    // was alive until now fires it: one from an earlier outage is already dead.
    if (context) {
        connect(&context->link, &Link::dropped, this, [this] {
            if (diedInLastOutage())
                Q_EMIT disconnected();
        });
    }
}

bool CpCybos::readProperty(const QString &name, QVariant &result)
{
    EmuContext *ctx = context();
    const bool up = ctx && ctx->link.isUp();
    if (is(name, "IsConnect"))
        result = up ? 1 : 0;
    else if (is(name, "ServerType"))
        result = up ? 1 : 0; // 1 CybosPlus server, 0 disconnected
    else if (is(name, "LimitRequestRemainTime"))
        result = ctx ? ctx->limiter.remainTimeMs() : 0;
    else
        return false;
    return true;
}

int CpCybos::remainCount(int limitType) const
{
    EmuContext *ctx = context();
    if (!ctx)
        return 0;
    switch (limitType) {
    case 0: return kTradeRequestLimit;
    case 1: return ctx->limiter.remaining();
    case 2: return kMaxSubscriptions - ctx->subscriptions.count();
    default: return 0;
    }
}

bool CpCybos::invoke(const QString &method, const QVariantList &args, QVariant &result)
{
    const int type = args.value(0).toInt();
    if (is(method, "GetLimitRemainCount")) {
        result = remainCount(type);
    } else if (is(method, "GetLimitRemainTime")) {
        result = type == 1 && context() ? context()->limiter.remainTimeMs() : 0;
    } else if (is(method, "PlusDisconnect")) {
        // The emulator's link is controlled by its fault injection, not by clients.
    } else {
        return false;
    }
    return true;
}

} // namespace cybos::emu
