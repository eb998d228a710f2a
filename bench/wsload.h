#pragma once
// The load side of `cybos-bench ws`: WebSocket clients spread over worker threads, each
// counting the ticks it receives, checking their seq order and contiguity, and recording the
// latency from each tick's own time to its receipt. Frames are scanned for "seq" and "time"
// rather than parsed as JSON, so the client costs little next to the server it measures.
#include "latencyhistogram.h"
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <memory>

class QThread;
class QWebSocket;

namespace cybos::bench {

// What the clients are doing: connecting and warming up, counting, or finished.
enum class LoadPhase : int { Warmup, Measure, Done };

struct LoadTotals {
    qint64 ticks = 0;              // received while measuring
    qint64 missing = 0;            // seqs skipped inside a client's stream while measuring
    qint64 orderViolations = 0;    // a seq not above the client's previous one
    qint64 minClientTicks = -1;    // the client that received fewest
    qint64 firstSeq = -1;          // lowest and highest seq received while measuring
    qint64 lastSeq = -1;
    int ready = 0;                 // clients that received at least one tick
    int closed = 0;                // clients the server closed
    QStringList errors;            // error codes and close reasons, first few
    LatencyHistogram latency;
    void add(const LoadTotals &other);
};

// One thread's clients. Lives in its thread, where everything but ready() is called.
class WsLoadGroup : public QObject
{
public:
    WsLoadGroup(QList<QUrl> urls, QByteArray subscribeMessage, const std::atomic<int> *phase);
    ~WsLoadGroup() override;

    void open();                   // in the group's thread
    void closeAll();               // in the group's thread
    int ready() const { return m_ready.load(); }
    LoadTotals totals() const;

private:
    struct Client;
    void onFrame(Client &c, const QString &frame);
    void onTick(Client &c, qint64 seq, double latencyMs, bool measuring);

    QList<QUrl> m_urls;
    QByteArray m_subscribe;
    const std::atomic<int> *m_phase;
    std::vector<std::unique_ptr<Client>> m_clients;
    std::atomic<int> m_ready{0};
    LoadTotals m_totals;
};

// All groups, each on its own thread.
class WsLoad
{
public:
    WsLoad(const QList<QUrl> &urls, const QByteArray &subscribeMessage, int threads);
    ~WsLoad();

    void setPhase(LoadPhase p) { m_phase.store(int(p)); }
    int ready() const;
    LoadTotals finish();           // closes every client, stops the threads, sums the totals

private:
    std::atomic<int> m_phase{int(LoadPhase::Warmup)};
    QList<QThread *> m_threads;
    QList<WsLoadGroup *> m_groups;
};

// Milliseconds since the epoch of "2026-11-26T09:00:01.250+09:00" or of a number; -1 if neither.
double tickTimeMs(QStringView value);

} // namespace cybos::bench
