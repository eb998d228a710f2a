#pragma once
// Forwarder: pushes every stored tick, in seq order, to one remote server (api.md
// "Forwarding to a remote server") from its own thread, and keeps the cursor (last seq the
// remote acknowledged) in meta.forward_cursor, so a restart or an outage loses nothing.
//
//   ForwarderOptions o; o.remote = QUrl(config.remoteUrl); o.key = config.remoteKey;
//   o.backlogWarn = config.forwardBacklogWarn;
//   Forwarder forwarder(o, storage.database(), &storage, &eventLog);  // storage open
//   forwarder.start();
//   ... forwarder.status() from any thread (→ SystemStatus::forwarder) ...
//   forwarder.stop();            // before storage.shutdown(): lets the last cursor write land
//
// Open the Storage with StorageOptions::forwarding = true, so retention keeps the ticks the
// remote has not acknowledged yet.
#include "core/status/systemstatus.h"
#include "forwarderoptions.h"
#include "forwarderstate.h"
#include <QObject>
#include <QPointer>
#include <QThread>

namespace cybos {

class Database;
class EventLog;
class ForwardEngine;
class Storage;

class Forwarder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kStopWaitMs = 5000;

    Forwarder(ForwarderOptions options, const Database &database, Storage *storage,
              EventLog *events = nullptr, QObject *parent = nullptr);
    ~Forwarder() override;        // stop()

    void start();                 // starts the thread; returns at once
    void stop();                  // blocking, at most about kStopWaitMs
    bool isRunning() const { return m_thread.isRunning(); }

    SystemStatus::Forwarder status() const;   // any thread
    ForwardState state() const { return m_box.state(); }
    qint64 delivered() const { return m_box.delivered(); } // ticks acknowledged since start()
    const ForwarderOptions &options() const { return m_options; }

Q_SIGNALS:
    // off | connecting | sending | idle | backoff | stopped; delivered on this object's thread.
    void stateChanged(const QString &state);

private:
    ForwarderOptions m_options;
    const Database &m_database;
    Storage *m_storage;
    EventLog *m_events;
    ForwarderStateBox m_box;
    QThread m_thread;
    QPointer<ForwardEngine> m_engine;
};

} // namespace cybos
