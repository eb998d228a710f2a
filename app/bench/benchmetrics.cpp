#include "benchmetrics.h"
#include <algorithm>
#ifdef Q_OS_WIN
#include <windows.h>
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

namespace cybos::bench {

void LatencyRecorder::add(double ms, qint64 weight)
{
    QMutexLocker lock(&m_mutex);
    m_samples.append({ms, weight});
}

double LatencyRecorder::percentile(double p) const
{
    QMutexLocker lock(&m_mutex);
    auto samples = m_samples;
    lock.unlock();
    std::sort(samples.begin(), samples.end());
    qint64 total = 0;
    for (const auto &s : samples)
        total += s.second;
    const double rank = total * p / 100.0;
    qint64 seen = 0;
    for (const auto &s : samples) {
        seen += s.second;
        if (double(seen) >= rank)
            return s.first;
    }
    return samples.isEmpty() ? 0.0 : samples.constLast().first;
}

qint64 LatencyRecorder::count() const
{
    QMutexLocker lock(&m_mutex);
    qint64 total = 0;
    for (const auto &s : m_samples)
        total += s.second;
    return total;
}

double peakRssMb()
{
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters{};
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
    return 0;
#else
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
#endif
}

} // namespace cybos::bench
