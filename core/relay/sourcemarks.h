#pragma once
// Which ticks of each source a relay already holds, so a tick delivered twice (at-least-once
// delivery, several sources, retried publishes) is taken once. Per source: the highest source
// seq taken, and the seqs below it not seen yet — a retried NATS publish can land in the
// stream after later ones, and such a late tick is new, not a repeat.
//
// Holes are tracked only for jumps up to kTrackedGap (wider ones are ticks the relay will never
// get: the source's retention, a relay that joined late) and at most kMaxHoles per source, the
// oldest forgotten first. After a restart only the highest seqs are known (load()).
#include <QHash>
#include <QString>
#include <set>

namespace cybos {

class SourceMarks
{
public:
    static constexpr qint64 kTrackedGap = 10'000;
    static constexpr qsizetype kMaxHoles = 100'000;

    void load(const QHash<QString, qint64> &highest);
    // True when the tick is new (and now counts as held).
    bool take(const QString &source, qint64 seq);
    // A tick taken but never stored: take it again when its source sends it again.
    void giveBack(const QString &source, qint64 seq);
    qint64 highest(const QString &source) const;
    qsizetype holes(const QString &source) const;

private:
    struct Mark {
        qint64 high = 0;
        std::set<qint64> holes;
    };
    QHash<QString, Mark> m_marks;
};

} // namespace cybos
