#pragma once
// The realtime set: one Dscbo1.StockCur object per subscribed code (Daishin's samples do the
// same), `received` connected before Subscribe(), at most kMaxSubscriptions of them (Cybos' limit).
// When the link drops the server forgets every subscription, so the objects are dropped
// too; whoever owns the wanted set subscribes again when the link returns.
#include "objectpool.h"
#include "core/domain/limits.h"
#include "core/domain/result.h"
#include "core/domain/tick.h"
#include <QHash>
#include <QStringList>
#include <functional>
#include <memory>

namespace cybos {

class CodeMgrReader;
class ConnectionMonitor;

class RealtimeSubscriptions
{
public:
    using TickSink = std::function<void(const Tick &)>;

    RealtimeSubscriptions(ComDispatch &dispatch, CodeMgrReader &codes, ConnectionMonitor &monitor,
                          TickSink sink);
    ~RealtimeSubscriptions();

    Status subscribe(const QString &code);
    Status unsubscribe(const QString &code);
    QStringList codes() const { return m_entries.keys(); }
    int count() const { return int(m_entries.size()); }
    void dropAll();

private:
    struct Entry;
    Status startSubscription(Entry &entry, const QString &cybosCode);
    void onReceived(Entry *entry);

    ComDispatch &m_dispatch;
    CodeMgrReader &m_codes;
    ConnectionMonitor &m_monitor;
    TickSink m_sink;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace cybos
