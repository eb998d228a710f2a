#include "servermetrics.h"

namespace cybos {

void ServerMetrics::recordRequest(const QString &route, int status, double elapsedMs)
{
    m_httpRequests.fetch_add(1, std::memory_order_relaxed);
    ++m_requests[qMakePair(route, status)];
    Histogram &h = m_latency[route];
    ++h.count;
    h.sumMs += elapsedMs;
    for (size_t i = 0; i < kBucketsMs.size(); ++i) {
        if (elapsedMs <= kBucketsMs[i]) {
            ++h.counts[i];
            break;
        }
    }
}

} // namespace cybos
