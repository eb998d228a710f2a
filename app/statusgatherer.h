#pragma once
// The StatusProvider of the running program: gathers the figures of every part into one
// SystemStatus. snapshot() is called from any thread (server, UI); values that belong to the
// COM thread (feed state) and the rates are sampled there by a timer and kept under a lock.
#include "core/status/systemstatus.h"
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <functional>

namespace cybos {

class FeedServices;
class MarketFeed;
class Storage;
class TickBus;

struct StatusSources {
    BackendKind backend = BackendKind::Emulator;
    FeedServices *services = nullptr;
    MarketFeed *feed = nullptr;
    Storage *storage = nullptr;
    TickBus *bus = nullptr;
    std::function<SystemStatus::Server()> server;       // thread-safe, may be empty
    std::function<SystemStatus::Forwarder()> forwarder; // thread-safe, may be empty
};

class StatusGatherer : public QObject, public StatusProvider
{
    Q_OBJECT
public:
    explicit StatusGatherer(StatusSources sources, QObject *parent = nullptr);

    void setServer(std::function<SystemStatus::Server()> server);
    void setForwarder(std::function<SystemStatus::Forwarder()> forwarder);
    SystemStatus snapshot() const override;

private:
    void sample(); // COM thread, every 500 ms

    StatusSources m_sources;
    QElapsedTimer m_uptime;
    QTimer m_timer;
    mutable QMutex m_mutex;
    SystemStatus::Feed m_feed;
    SystemStatus::Rates m_rates;
    qint64 m_lastPublished = 0;
    qint64 m_lastCommitted = 0;
    qint64 m_lastSampleMs = 0;
};

} // namespace cybos
