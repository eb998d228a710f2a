#pragma once
// The realtime ten-level book (Dscbo1.StockJpbid) of the one code a person is watching (the
// desktop's order book dock): one more of Cybos' kMaxSubscriptions while it runs, so only
// one code at a time. Header layout: JpbidReader::readRealtime. Dropped with every other
// object when the link goes; whoever follows a code follows it again when the link returns.
#include "core/domain/orderbook.h"
#include "core/domain/result.h"
#include "objectpool.h"
#include <functional>

namespace cybos {

class ComDispatch;
class ConnectionMonitor;

class RealtimeBook
{
public:
    using BookSink = std::function<void(const OrderBook &)>;

    RealtimeBook(ComDispatch &dispatch, ConnectionMonitor &monitor, BookSink sink);
    ~RealtimeBook();

    // Follows `cybosCode` (its canonical form `code`), stopping the previous one.
    Status follow(const QString &code, const QString &cybosCode);
    void stop();                       // unsubscribes
    void drop();                       // the link is gone: forget without unsubscribing
    QString code() const { return m_code; }

private:
    void onReceived();

    ComDispatch &m_dispatch;
    ConnectionMonitor &m_monitor;
    BookSink m_sink;
    QString m_code;
    ComObjectPtr m_object;
    QMetaObject::Connection m_connection;
};

} // namespace cybos
