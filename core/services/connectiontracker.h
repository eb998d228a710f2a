#pragma once
// The feed's connection state as the services and the server see it: one edge per change
// (the server turns it into WebSocket status messages, the UI into the status light), the
// time it came up, and a line in the event log. Lives on the COM thread; getters thread-safe.
#include <QObject>
#include <atomic>

namespace cybos {

class EventLog;
class MarketFeed;
class ServiceClock;

class ConnectionTracker : public QObject
{
    Q_OBJECT
public:
    ConnectionTracker(MarketFeed *feed, ServiceClock *clock, EventLog *log, QObject *parent = nullptr);

    bool isConnected() const { return m_connected.load(); }
    qint64 connectedSinceMs() const { return m_since.load(); }   // 0 while disconnected
    qint64 disconnects() const { return m_disconnects.load(); }

Q_SIGNALS:
    void connectionChanged(bool connected);

private:
    void onFeedChanged(bool connected);

    MarketFeed *m_feed;
    ServiceClock *m_clock;
    EventLog *m_log;
    std::atomic<bool> m_connected{false};
    std::atomic<qint64> m_since{0};
    std::atomic<qint64> m_disconnects{0};
};

} // namespace cybos
