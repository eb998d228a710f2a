#include "sourcemarks.h"

namespace cybos {

void SourceMarks::load(const QHash<QString, qint64> &highest)
{
    m_marks.clear();
    for (auto it = highest.cbegin(); it != highest.cend(); ++it)
        m_marks[it.key()].high = it.value();
}

bool SourceMarks::take(const QString &source, qint64 seq)
{
    Mark &mark = m_marks[source];
    if (seq <= mark.high)
        return mark.holes.erase(seq) > 0;
    if (seq - mark.high - 1 <= kTrackedGap) {
        for (qint64 missing = mark.high + 1; missing < seq; ++missing)
            mark.holes.insert(missing);
        while (qsizetype(mark.holes.size()) > kMaxHoles)
            mark.holes.erase(mark.holes.begin());
    }
    mark.high = seq;
    return true;
}

void SourceMarks::giveBack(const QString &source, qint64 seq)
{
    auto it = m_marks.find(source);
    if (it != m_marks.end() && seq <= it->high)
        it->holes.insert(seq);
}

qint64 SourceMarks::highest(const QString &source) const
{
    return m_marks.value(source).high;
}

qsizetype SourceMarks::holes(const QString &source) const
{
    auto it = m_marks.constFind(source);
    return it == m_marks.cend() ? 0 : qsizetype(it->holes.size());
}

} // namespace cybos
