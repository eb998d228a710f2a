#pragma once
// The parts of `cybos-bench forward`: cybos-server children (the relay, the live source), a
// source database filled with synthetic ticks, a live generator adding ticks at a fixed rate,
// a status query, and waiting in the event loop.
#include "core/domain/result.h"
#include "core/domain/tick.h"
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>
#include <functional>

namespace cybos {
class Storage;
}

namespace cybos::bench {

class ServerChild : public QObject
{
public:
    explicit ServerChild(QString serverBin);
    ~ServerChild() override;

    Result<int> start(const QStringList &args);   // headless; → the port it listens on
    void stop();                                   // SIGTERM and wait
    QString log() const { return m_log.right(2000); }
    qint64 pid() const { return m_process.processId(); }

private:
    QString m_serverBin;
    QProcess m_process;
    QString m_log;
};

// Arguments of a relay keeping its database in dir.
QStringList relayArgs(const QString &dir, const QString &key, int port);
// A nats-server -js on a free loopback port, its store in storeDir (→ the port).
Result<int> startNatsServer(QProcess *process, const QString &storeDir);
// The relay's ingest endpoint on the loopback: POST /api/ingest or /ws/ingest; for "nats" the
// stream BENCH of a nats-server on that port.
QUrl remoteUrl(const QString &transport, int port);
// The JSON object a GET of url answers (empty when it does not answer within 15 s).
QJsonObject getJson(const QUrl &url);
// The "forwarder" object of GET /api/status of a child (empty when it does not answer).
QJsonObject forwarderStatus(int port);

// count synthetic ticks with seqs firstSeq… through the source's tick writer, committed.
Status fillSource(Storage *storage, qint64 firstSeq, qint64 count);
TickList syntheticTicks(qint64 firstSeq, int count);

// Adds `rate` ticks a second to the storage (as a feed would), seqs from firstSeq on.
class LiveTicks : public QObject
{
public:
    LiveTicks(Storage *storage, qint64 firstSeq, int rate);
    void start();
    void stop() { m_timer.stop(); }
    qint64 added() const { return m_next - m_first; }

private:
    void tick();

    Storage *m_storage;
    qint64 m_first;
    qint64 m_next;
    int m_rate;
    qint64 m_startedMs = 0;
    QTimer m_timer;
};

// Runs the event loop until done() or timeoutMs; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace cybos::bench
