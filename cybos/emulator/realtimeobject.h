#pragma once
// Base of the realtime (SB) objects: Subscribe, SubscribeLatest, Unsubscribe on the code of
// input 0 ("A005930"). Each live Subscribe()d object costs one of Cybos' kMaxSubscriptions;
// the 401st fails (GetDibStatus -1, a message) and counts nothing, as does a Subscribe while
// the link is down or for an unknown code. When the link drops, every subscription is gone:
// the client must Subscribe again once IsConnect is back to 1.
#include "emuobject.h"
#include "realtime.h"

namespace cybos::emu {

class RealtimeObject : public EmuObject, public RealtimeSink
{
    Q_OBJECT
public:
    RealtimeObject(const QString &progId, EmuContext *context) : EmuObject(progId, context, true) {}
    ~RealtimeObject() override;

    void deliver(const RealtimeEvent &event) override;
    void subscriptionDropped() override { m_subscribed = false; }

protected:
    bool invoke(const QString &method, const QVariantList &args, QVariant &result) override;
    const RealtimeEvent &lastEvent() const { return m_event; }

private:
    void subscribe(bool latestOnly);
    void unsubscribe();

    RealtimeEvent m_event;
    bool m_subscribed = false;
};

} // namespace cybos::emu
