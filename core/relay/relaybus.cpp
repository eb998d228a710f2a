#include "relaybus.h"
#include "core/storage/storage.h"
#include "core/storage/tickrepository.h"
#include <algorithm>

namespace cybos {

Result<std::unique_ptr<RelayBus>> RelayBus::forStorage(Storage &storage)
{
    auto db = storage.database().connection(DbAccess::ReadOnly);
    if (!db)
        return db.error();
    auto highs = TickRepository(*db).sourceHighs();
    if (!highs)
        return highs.error();
    return std::make_unique<RelayBus>(storage.seqSource(), *highs);
}

RelayBus::RelayBus(SeqSource *seq, const QHash<QString, qint64> &highest, QObject *parent)
    : TickBus(seq, parent)
{
    m_marks.load(highest);
}

int RelayBus::publishFrom(const QString &source, TickList ticks, qint64 committed)
{
    forgetCommitted(committed);
    const auto bySeq = [](const Tick &a, const Tick &b) { return a.seq < b.seq; };
    if (!std::is_sorted(ticks.cbegin(), ticks.cend(), bySeq))
        std::sort(ticks.begin(), ticks.end(), bySeq);
    int fresh = 0;
    for (Tick &tick : ticks) {
        if (!m_marks.take(source, tick.seq))
            continue;
        tick.source = source;
        tick.sourceSeq = tick.seq;
        publish(tick); // numbers it: tick.seq becomes the relay's
        m_uncommitted.push_back({lastSeq(), source, tick.sourceSeq});
        ++fresh;
    }
    return fresh;
}

void RelayBus::rewind(qint64 committed)
{
    flush();
    forgetCommitted(committed);
    for (const Taken &taken : m_uncommitted)
        m_marks.giveBack(taken.source, taken.sourceSeq);
    m_uncommitted.clear();
}

void RelayBus::forgetCommitted(qint64 committed)
{
    while (!m_uncommitted.empty() && m_uncommitted.front().seq <= committed)
        m_uncommitted.pop_front();
}

} // namespace cybos
