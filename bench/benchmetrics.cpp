#include "benchmetrics.h"
#include <QFile>
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
    m_histogram.add(ms, weight);
}

double LatencyRecorder::percentile(double p) const
{
    QMutexLocker lock(&m_mutex);
    return m_histogram.percentile(p);
}

qint64 LatencyRecorder::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_histogram.count();
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

double processRssMb(qint64 pid, bool peak)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = peak ? QByteArrayLiteral("VmHWM:") : QByteArrayLiteral("VmRSS:");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return 0;
}

} // namespace cybos::bench
