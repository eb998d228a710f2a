// The hub's fan-out: the tick bus' batches to the clients that want their codes.
#include "wshub.h"
#include "wsclient.h"
#include "wsprotocol.h"
#include "core/domain/domainjson.h"
#include "core/log/categories.h"
#include "core/server/metrics/servermetrics.h"
#include <algorithm>

namespace cybos {
namespace {
constexpr qsizetype kMaxFrameTicks = 2048;       // ticks per frame and round (about 500 KiB)
constexpr qsizetype kMaxBacklogTicks = 200'000;  // the hub itself this far behind: clients drop
} // namespace

void WsHub::publishTicks(const TickList &batch)
{
    if (m_byCode.isEmpty())
        return;
    if (m_backlog.size() + batch.size() > kMaxBacklogTicks) {
        dropEveryone();
        return;
    }
    // Batches that arrive while earlier ones wait are merged and sent together: when the hub
    // falls behind, frames grow (fewer writes per tick) instead of its event queue.
    m_backlog.append(batch);
    scheduleSend();
}

void WsHub::scheduleSend()
{
    if (m_sendQueued)
        return;
    m_sendQueued = true;
    QMetaObject::invokeMethod(this, &WsHub::sendBacklog, Qt::QueuedConnection);
}

void WsHub::dropEveryone()
{
    // Every client that wants ticks lags by then; each fills its gap with since_seq.
    qCWarning(lcServer) << "WebSocket fan-out fell" << m_backlog.size() << "ticks behind: closing its clients as slow";
    m_backlog.clear();
    const QList<WsClient *> clients = m_clients;
    for (WsClient *c : clients) {
        if (!c->codes().isEmpty())
            dropSlow(c);
    }
}

void WsHub::sendBacklog()
{
    m_sendQueued = false;
    TickList batch;
    if (m_backlog.size() <= kMaxFrameTicks) {
        batch.swap(m_backlog);
    } else { // bounded frames; the rest in the next round, after other events had their turn
        batch = m_backlog.first(kMaxFrameTicks);
        m_backlog.remove(0, kMaxFrameTicks);
        scheduleSend();
    }
    // Each wanted tick is serialised once; each client collects the indexes of its ticks.
    QList<QByteArray> messages(batch.size());
    QList<WsClient *> touched;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const auto it = m_byCode.constFind(batch.at(i).code);
        if (it == m_byCode.cend())
            continue;
        messages[i] = DomainJson::tickMessage(batch.at(i));
        for (WsClient *c : *it) {
            if (c->pick(i))
                touched.append(c);
        }
    }
    // Clients that want the same ticks (the usual case) share one frame, built once.
    QHash<QList<qsizetype>, QString> frames;
    qint64 sent = 0;
    for (WsClient *c : std::as_const(touched)) {
        QString &frame = frames[c->picks()];
        if (frame.isEmpty())
            frame = WsFrame::messages(messages, c->picks());
        const qint64 n = c->sendBatch(frame);
        if (n > 0)
            m_metrics->recordWsFrameSent(frame.size()); // tick JSON is ASCII: characters are bytes
        sent += n;
    }
    m_metrics->recordWsTicksSent(sent);
    enforceBufferBudget();
}

void WsHub::enforceBufferBudget()
{
    // The unsent data of all clients together stays under wsTotalBufferedBytes (docs/memory.md):
    // past it, the clients furthest behind are cut as slow until the rest fits. A client
    // already cut keeps its buffer until it reads it or its grace ends, and gets nothing more.
    QList<QPair<qint64, WsClient *>> lagging;
    qint64 total = 0;
    for (WsClient *c : std::as_const(m_clients)) {
        if (c->isClosing())
            continue;
        const qint64 bytes = c->bufferedBytes();
        total += bytes;
        if (bytes > 0)
            lagging.append({bytes, c});
    }
    if (total <= m_options.wsTotalBufferedBytes)
        return;
    std::sort(lagging.begin(), lagging.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[bytes, client] : std::as_const(lagging)) {
        if (total <= m_options.wsTotalBufferedBytes)
            break;
        total -= bytes;
        dropSlow(client);
    }
}

} // namespace cybos
