#pragma once
// The composition root of a serving cybos-server: builds storage → the backend's assembly
// (app/backends: its bus and feed) → quote cache → services → server → forwarder, wires the
// route of a tick (runtimeticks.cpp), and tears them down in reverse. Used by the headless
// mode, the tray application and the benchmarks. Lives on the main (COM/GUI) thread.
#include "core/config/config.h"
#include "core/domain/result.h"
#include <QObject>
#include <memory>

namespace cybos {

class Desktop;
class EventLog;
class FeedServices;
class MarketFeed;
class QuoteCache;
class StatusProvider;
class Storage;
class TickBus;
struct RuntimeParts;
struct ServerDeps;

class Runtime : public QObject
{
    Q_OBJECT
public:
    explicit Runtime(Config config, EventLog *log, QObject *parent = nullptr);
    ~Runtime() override;

    Status start();      // blocking set-up; the feed then runs in the event loop
    void shutdown();     // stop accepting, stop the feed, flush storage; idempotent

    const Config &config() const { return m_config; }
    QString apiBaseUrl() const;   // "http://127.0.0.1:8000" with the bound port
    quint16 port() const;
    EventLog *eventLog() const { return m_log; }
    FeedServices *services() const;
    MarketFeed *feed() const;
    TickBus *bus() const;
    QuoteCache *quotes() const;
    Storage *storage() const;
    const StatusProvider *status() const;

    // GUI mode: the desktop takes the published tick batches (runtimeticks.cpp) until it is destroyed.
    void connectDesktop(Desktop *desktop);

private:
    Status startStorage();
    Status startFeed();
    // runtimeticks.cpp: the route of a tick.
    void connectTickConsumers();
    void connectFeed();
    void disconnectFeed();
    void addTickDeps(ServerDeps &deps) const;
    void connectHub();
    void disconnectHub();
    Status startForwarder();
    void stopForwarder();
    Status startServer();      // runtimeserver.cpp
    void stopServer();

    Config m_config;
    EventLog *m_log;
    std::unique_ptr<RuntimeParts> m_parts;
    bool m_started = false;
};

} // namespace cybos
