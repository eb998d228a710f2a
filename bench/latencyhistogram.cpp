#include "latencyhistogram.h"
#include <algorithm>

namespace cybos::bench {
namespace {
constexpr int kFineBins = 10'000;        // 0.01 ms each: 0 … 100 ms
constexpr int kCoarseBins = 600'000;     // 1 ms each: 100 ms … 10 min
constexpr double kFineMs = 0.01;
constexpr double kFineLimitMs = kFineBins * kFineMs;

size_t binOf(double ms)
{
    if (ms < kFineLimitMs)
        return size_t(std::max(0.0, ms) / kFineMs);
    return size_t(kFineBins) + std::min(size_t(ms - kFineLimitMs), size_t(kCoarseBins));
}

double upperEdge(size_t bin)
{
    if (bin < size_t(kFineBins))
        return double(bin + 1) * kFineMs;
    return kFineLimitMs + double(bin - kFineBins + 1);
}
} // namespace

LatencyHistogram::LatencyHistogram() : m_bins(size_t(kFineBins + kCoarseBins + 1), 0) {}

void LatencyHistogram::add(double ms, qint64 weight)
{
    m_bins[binOf(ms)] += weight;
    m_count += weight;
    m_max = std::max(m_max, ms);
}

void LatencyHistogram::add(const LatencyHistogram &other)
{
    for (size_t i = 0; i < m_bins.size(); ++i)
        m_bins[i] += other.m_bins[i];
    m_count += other.m_count;
    m_max = std::max(m_max, other.m_max);
}

double LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return 0;
    const double rank = double(m_count) * std::clamp(p, 0.0, 100.0) / 100.0;
    qint64 seen = 0;
    for (size_t i = 0; i < m_bins.size(); ++i) {
        seen += m_bins[i];
        if (seen > 0 && double(seen) >= rank)
            return std::min(upperEdge(i), m_max);
    }
    return m_max;
}

} // namespace cybos::bench
