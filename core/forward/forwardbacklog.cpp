#include "forwardbacklog.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "core/storage/storage.h"
#include "forwarderstate.h"
#include "forwardreader.h"

namespace cybos {

ForwardBacklog::ForwardBacklog(const ForwardReader &reader, ForwarderStateBox *box, Storage *storage,
                               EventLog *events, QString remote, qint64 warnAt)
    : m_reader(reader), m_box(box), m_storage(storage), m_events(events), m_remote(std::move(remote)),
      m_warnAt(warnAt)
{
}

void ForwardBacklog::recount(qint64 cursor)
{
    if (!m_storage)
        return;
    const qint64 committed = m_storage->committedSeq();
    auto rows = m_reader.countTicks(cursor, committed);
    if (!rows) {
        qCWarning(lcForward).noquote() << "cannot count the forwarding backlog:" << rows.error().message;
        return;
    }
    m_box->setPendingBase(*rows, committed);
}

void ForwardBacklog::check(qint64 cursor)
{
    if (!m_storage)
        return;
    if (++m_checks % kRecountEvery == 0)
        recount(cursor);
    if (!m_events)
        return;
    const qint64 pending = m_box->pending(m_storage->committedSeq());
    if (!m_warned && pending > m_warnAt) {
        m_warned = true;
        m_events->warning(QStringLiteral("forwarder"), tr("%1 ticks wait to be forwarded to %2").arg(pending).arg(m_remote));
    } else if (m_warned && pending < m_warnAt / 2) {
        m_warned = false;
        m_events->info(QStringLiteral("forwarder"), tr("The forwarding backlog is down to %1 ticks").arg(pending));
    }
}

} // namespace cybos
