#pragma once
// Latency samples in fixed bins, for benchmarks that record millions of them: 10 µs bins up
// to 100 ms, 1 ms bins up to 10 minutes, one overflow bin. Percentiles are read from the
// bins (to their upper edge), so memory stays constant whatever the sample count.
#include <QtGlobal>
#include <vector>

namespace cybos::bench {

class LatencyHistogram
{
public:
    LatencyHistogram();
    void add(double ms, qint64 weight = 1);   // weight: e.g. one sample per batch, its rows
    void add(const LatencyHistogram &other);
    double percentile(double p) const;   // 0..100; 0 if empty
    double max() const { return m_max; }
    qint64 count() const { return m_count; }

private:
    std::vector<qint64> m_bins;
    qint64 m_count = 0;
    double m_max = 0;
};

} // namespace cybos::bench
