#include "coderefs.h"

namespace cybos {

QStringList CodeRefs::unwanted(const QStringList &codes) const
{
    QStringList out;
    for (const QString &c : codes) {
        if (!m_counts.contains(c) && !out.contains(c))
            out.append(c);
    }
    return out;
}

void CodeRefs::add(const QStringList &codes)
{
    for (const QString &c : codes)
        ++m_counts[c];
}

QStringList CodeRefs::remove(const QStringList &codes)
{
    QStringList gone;
    for (const QString &c : codes) {
        auto it = m_counts.find(c);
        if (it == m_counts.end())
            continue;
        if (--it.value() <= 0) {
            m_counts.erase(it);
            gone.append(c);
        }
    }
    return gone;
}

} // namespace cybos
