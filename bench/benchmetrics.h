#pragma once
// Figures every benchmark mode reports: latency percentiles and the process' peak memory.
#include "latencyhistogram.h"
#include <QMutex>

namespace cybos::bench {

// Latency samples with weights (e.g. one sample per batch, weighted by its rows) from any
// thread, kept in a LatencyHistogram.
class LatencyRecorder
{
public:
    void add(double ms, qint64 weight = 1);
    double percentile(double p) const;   // 0..100; 0 if empty
    qint64 count() const;

private:
    mutable QMutex m_mutex;
    LatencyHistogram m_histogram;
};

double peakRssMb();                      // high-water resident set size of this process
// Another process' resident set size now, or its high-water mark (Linux; 0 elsewhere).
double processRssMb(qint64 pid, bool peak);

} // namespace cybos::bench
