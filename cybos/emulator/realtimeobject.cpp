#include "realtimeobject.h"
#include "emucontext.h"
#include "emuvalues.h"

namespace cybos::emu {

RealtimeObject::~RealtimeObject()
{
    unsubscribe();
}

bool RealtimeObject::invoke(const QString &method, const QVariantList &args, QVariant &result)
{
    Q_UNUSED(args);
    Q_UNUSED(result);
    if (is(method, "Subscribe"))
        subscribe(false);
    else if (is(method, "SubscribeLatest"))
        subscribe(true);
    else if (is(method, "Unsubscribe"))
        unsubscribe();
    else
        return false;
    return true;
}

void RealtimeObject::subscribe(bool latestOnly)
{
    EmuContext *ctx = context();
    if (!ctx || !ctx->link.isUp()) {
        setStatus(-1, msg::linkDown());
        return;
    }
    const QString code = stringInput(input(0)).value_or(QString());
    const ListedStock *stock = ctx->market.stock(code);
    if (!stock) {
        setStatus(-1, msg::unknownCode(code));
        return;
    }
    if (m_subscribed)
        unsubscribe(); // a new Subscribe replaces the old one (the code may have changed)
    if (!ctx->subscriptions.add(this, stock, latestOnly)) {
        setStatus(-1, msg::subscribeLimit());
        return;
    }
    m_subscribed = true;
    const LiveQuote &q = ctx->quote(*stock);
    m_event = snapshotEvent(q, ctx->market.session().sessionChar(ctx->now()));
    setStatus(0, msg::ok());
}

void RealtimeObject::unsubscribe()
{
    if (m_subscribed && context())
        context()->subscriptions.remove(this);
    m_subscribed = false;
}

void RealtimeObject::deliver(const RealtimeEvent &event)
{
    m_event = event;
    Q_EMIT received();
}

} // namespace cybos::emu
