#pragma once
// The server's own counters for /metrics and /api/status: requests by route and status,
// latency histograms by route, WebSocket traffic. Updated on the server thread; the few
// figures other threads read (status provider, tray) are atomics.
#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <atomic>

namespace cybos {

class ServerMetrics
{
public:
    static constexpr std::array<double, 12> kBucketsMs{0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 1000, 5000, 30000};

    struct Histogram {
        std::array<qint64, kBucketsMs.size()> counts{}; // non-cumulative per bucket
        qint64 count = 0;
        double sumMs = 0;
    };

    void recordRequest(const QString &route, int status, double elapsedMs);
    void recordWsTicksSent(qint64 n) { m_wsTicksSent += n; }
    void recordWsFrameSent(qint64 bytes) { ++m_wsFrames; m_wsBytes += bytes; }
    void recordWsDisconnect(const QString &reason) { ++m_wsDisconnects[reason]; }
    void setWsClients(int n) { m_wsClients.store(n, std::memory_order_relaxed); }

    // Thread-safe.
    qint64 httpRequests() const { return m_httpRequests.load(std::memory_order_relaxed); }
    int wsClients() const { return m_wsClients.load(std::memory_order_relaxed); }

    // Server thread.
    const QHash<QPair<QString, int>, qint64> &requestCounts() const { return m_requests; }
    const QHash<QString, Histogram> &latencies() const { return m_latency; }
    const QHash<QString, qint64> &wsDisconnects() const { return m_wsDisconnects; }
    qint64 wsTicksSent() const { return m_wsTicksSent; }
    qint64 wsFrames() const { return m_wsFrames; }
    qint64 wsBytes() const { return m_wsBytes; }

private:
    QHash<QPair<QString, int>, qint64> m_requests;
    QHash<QString, Histogram> m_latency;
    QHash<QString, qint64> m_wsDisconnects;
    qint64 m_wsTicksSent = 0;
    qint64 m_wsFrames = 0;
    qint64 m_wsBytes = 0;
    std::atomic<qint64> m_httpRequests{0};
    std::atomic<int> m_wsClients{0};
};

} // namespace cybos
