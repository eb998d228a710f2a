#pragma once
// The parts of `cybos-bench forward`: a relay (a real cybos-server child on the relay
// backend), a source database filled with synthetic ticks, a live generator adding ticks at a
// fixed rate, and waiting in the event loop.
#include "core/domain/result.h"
#include "core/domain/tick.h"
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <functional>

namespace cybos {
class Storage;
}

namespace cybos::bench {

class RelayChild : public QObject
{
public:
    RelayChild(QString serverBin, QString dir, QString key);
    ~RelayChild() override;

    Result<int> start();            // → the port it listens on
    void stop();                    // SIGTERM and wait
    QString log() const { return m_log.right(2000); }

private:
    QString m_serverBin;
    QString m_dir;
    QString m_key;
    QProcess m_process;
    QString m_log;
};

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
