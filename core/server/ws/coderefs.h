#pragma once
// How many WebSocket clients want each code: the hub asks the feed to watch a code when its
// count leaves zero and to unwatch it when the count returns to zero.
#include <QHash>
#include <QStringList>

namespace cybos {

class CodeRefs
{
public:
    QStringList unwanted(const QStringList &codes) const;   // those with no client yet
    void add(const QStringList &codes);
    QStringList remove(const QStringList &codes);           // → codes no client wants any more
    int count(const QString &code) const { return m_counts.value(code); }
    QStringList codes() const { return m_counts.keys(); }

private:
    QHash<QString, int> m_counts;
};

} // namespace cybos
