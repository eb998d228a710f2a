#include "restartguard.h"
#include <QStringList>

namespace cybos {

RestartGuard::RestartGuard(const QString &recorded)
{
    for (const QString &part : recorded.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 ms = part.trimmed().toLongLong(&ok);
        if (ok) // a garbled entry is ignored rather than trusted
            m_times << ms;
    }
}

int RestartGuard::recentRestarts(qint64 nowMs) const
{
    int n = 0;
    for (qint64 t : m_times) {
        // A time in the future (a clock set back) still counts: never a reason to loop.
        if (t > nowMs - kWindowMs)
            ++n;
    }
    return n;
}

QString RestartGuard::withRestartAt(qint64 nowMs) const
{
    QStringList kept;
    for (qint64 t : m_times) {
        if (t > nowMs - kWindowMs)
            kept << QString::number(t);
    }
    kept << QString::number(nowMs);
    return kept.join(u',');
}

} // namespace cybos
