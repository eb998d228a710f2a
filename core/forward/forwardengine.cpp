#include "forwardengine.h"
#include "core/domain/ksttime.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "core/storage/storage.h"
#include "core/storage/storagewrites.h"
#include <QSysInfo>

namespace cybos {
namespace {
const QString kLogSource = QStringLiteral("forwarder");
}

ForwardEngine::ForwardEngine(ForwarderOptions options, const Database &database, Storage *storage,
                             EventLog *events, ForwarderStateBox *state)
    : m_options(std::move(options)), m_storage(storage), m_events(events),
      m_box(state), m_reader(database), m_backoff(m_options.minBackoffMs, m_options.maxBackoffMs),
      m_stocks(m_reader, m_options.stocksChunk, m_options.stocksCheckMs),
      m_backlog(m_reader, state, storage, events, m_options.remote.toDisplayString(), m_options.backlogWarn),
      m_wake(this), m_backlogCheck(this)
{
    // The timers are children so they move to the forwarder thread with this object.
    qRegisterMetaType<cybos::ForwardFailure>();
    qRegisterMetaType<cybos::PushKind>();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, [this] {
        if (m_state == ForwardState::Backoff)
            connectRemote();
        else
            pump();
    });
    m_backlogCheck.setInterval(1000);
    connect(&m_backlogCheck, &QTimer::timeout, this, [this] { m_backlog.check(m_cursor); });
}

ForwardEngine::~ForwardEngine() = default;

void ForwardEngine::start()
{
    auto id = m_reader.instanceId();
    auto cursor = m_reader.cursor();
    if (!id || !cursor) {
        stopWith(tr("cannot read the forwarding state: %1").arg((!id ? id.error() : cursor.error()).message));
        return;
    }
    m_source = !m_options.instanceId.isEmpty() ? m_options.instanceId
               : id->isEmpty()                  ? QSysInfo::machineHostName()
                                                : *id;
    m_cursor = m_sent = m_persisted = *cursor;
    m_box->setCursor(m_cursor);
    m_backlog.recount(m_cursor);
    m_transport = ForwardTransport::create(m_options, m_source);
    if (!m_transport) {
        stopWith(tr("unsupported remote URL %1: use http(s)://, ws(s)://, nats:// or tls://")
                     .arg(m_options.remote.toDisplayString()));
        return;
    }
    connect(m_transport.get(), &ForwardTransport::opened, this, &ForwardEngine::onOpened);
    connect(m_transport.get(), &ForwardTransport::acknowledged, this, &ForwardEngine::onAcknowledged);
    connect(m_transport.get(), &ForwardTransport::failed, this, &ForwardEngine::onFailed);
    m_backlogCheck.start();
    qCInfo(lcForward).noquote() << "forwarding to" << m_options.remote.toDisplayString()
                                << "from seq" << m_cursor << "as" << m_source;
    connectRemote();
}

void ForwardEngine::shutdown()
{
    m_shuttingDown = true;
    m_wake.stop();
    m_backlogCheck.stop();
    if (m_transport)
        m_transport->close();
    m_inFlight.clear();
    setState(ForwardState::Off);
    persistCursor();
    finishIfDone();
}

void ForwardEngine::connectRemote()
{
    if (m_shuttingDown)
        return;
    setState(ForwardState::Connecting);
    m_inFlight.clear();
    m_stocks.reset();
    m_sent = m_cursor;
    m_transport->open();
}

void ForwardEngine::onOpened()
{
    setState(ForwardState::Idle);
    pump();
}

void ForwardEngine::onAcknowledged(PushKind kind, qint64 seq)
{
    if (kind == PushKind::Stocks) {
        if (!m_inFlight.isEmpty() && m_inFlight.constFirst().kind == PushKind::Stocks)
            m_inFlight.removeFirst();
        m_stocks.acknowledged();
    } else {
        seq = qMin(seq, m_sent); // never past what was sent, whatever the remote claims
        qint64 delivered = 0;
        while (!m_inFlight.isEmpty() && m_inFlight.constFirst().kind == PushKind::Ticks
               && m_inFlight.constFirst().lastSeq <= seq)
            delivered += m_inFlight.takeFirst().count;
        m_box->addDelivered(delivered);
        if (seq > m_cursor) {
            m_cursor = seq;
            m_box->setCursor(seq);
            persistCursor();
        }
    }
    m_backoff.reset();
    if (m_failing) {
        m_failing = false;
        if (m_events)
            m_events->info(kLogSource, tr("Forwarding to %1 resumed").arg(m_options.remote.toDisplayString()));
    }
    pump();
}

void ForwardEngine::onFailed(const ForwardFailure &failure)
{
    if (skipRefusedStocks(failure))
        return;
    if (failure.fatal)
        stopWith(failure.message);
    else
        retryLater(failure.message, failure.retryAfterMs);
}

bool ForwardEngine::skipRefusedStocks(const ForwardFailure &failure)
{
    // A remote without the stock master endpoint still takes ticks: forward those alone. Over
    // HTTP it answers /api/ingest/stocks with 404 or 405; over a WebSocket a receiver that
    // knows only api.md's "ingest" op answers the "stocks" op with bad_request.
    const bool stocksInFlight = !m_inFlight.isEmpty() && m_inFlight.constFirst().kind == PushKind::Stocks;
    const bool refused = failure.httpStatus == 404 || failure.httpStatus == 405 || failure.remoteCode == ErrorCode::BadRequest;
    if (!stocksInFlight || !refused)
        return false;
    m_stocks.refused();
    qCWarning(lcForward).noquote() << "the remote does not take the stock master:" << failure.message;
    m_transport->close();
    connectRemote();
    return true;
}

void ForwardEngine::retryLater(const QString &message, int atLeastMs)
{
    m_transport->close();
    m_inFlight.clear();
    m_stocks.dropQueued();
    m_sent = m_cursor;
    const int delay = qMax(m_backoff.next(), qMin(atLeastMs, m_options.maxBackoffMs));
    noteError(message);
    if (!m_failing && m_events) {
        m_events->warning(kLogSource, tr("Forwarding to %1 failed: %2; retrying with backoff")
                                          .arg(m_options.remote.toDisplayString(), message));
    }
    m_failing = true;
    qCInfo(lcForward).noquote() << "forwarding failed:" << message << "- retry in" << delay << "ms";
    setState(ForwardState::Backoff);
    m_wake.start(delay);
}

void ForwardEngine::stopWith(const QString &message)
{
    if (m_transport)
        m_transport->close();
    m_inFlight.clear();
    m_wake.stop();
    noteError(message);
    setState(ForwardState::Stopped);
    qCWarning(lcForward).noquote() << "forwarding stopped:" << message;
    if (m_events)
        m_events->error(kLogSource, tr("Forwarding stopped: %1").arg(message));
}

void ForwardEngine::pump()
{
    const bool active = m_state == ForwardState::Idle || m_state == ForwardState::Sending;
    if (m_shuttingDown || !active)
        return;
    m_wake.stop();
    if (pushStocks() && !pushTicks())
        return; // failed reading: already backing off
    if (m_inFlight.isEmpty()) {
        setState(ForwardState::Idle);
        m_wake.start(m_options.pollIntervalMs);
    } else {
        setState(ForwardState::Sending);
    }
}

bool ForwardEngine::pushStocks()
{
    // Stock chunks go alone and one at a time, before any tick of the connection.
    if (!m_inFlight.isEmpty())
        return m_inFlight.constFirst().kind == PushKind::Ticks;
    if (!m_stocks.refresh(Kst::nowMs()))
        return true;
    send(m_stocks.take());
    return false;
}

bool ForwardEngine::pushTicks()
{
    while (m_inFlight.size() < m_transport->window()) {
        if (m_storage && m_storage->committedSeq() <= m_sent)
            break;
        auto push = m_reader.nextTicks(m_sent, m_options.maxBatchTicks, m_transport->maxBytes());
        if (!push) {
            retryLater(tr("cannot read stored ticks: %1").arg(push.error().message), 0);
            return false;
        }
        if (push->count == 0)
            break;
        m_sent = push->lastSeq;
        send(std::move(push).value());
    }
    const qint64 now = Kst::nowMs();
    if (m_inFlight.isEmpty() && m_options.heartbeatMs > 0 && now - m_lastSendMs >= m_options.heartbeatMs)
        send(ForwardPush{}); // empty: the remote knows we are alive although nothing trades
    return true;
}

void ForwardEngine::send(ForwardPush push)
{
    m_lastSendMs = Kst::nowMs();
    m_transport->send(push);
    push.items.clear();
    push.ticks.clear();
    m_inFlight.append(push);
}

void ForwardEngine::noteError(const QString &message)
{
    m_box->setLastError(message);
}

void ForwardEngine::setState(ForwardState state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_box->setState(state);
    Q_EMIT stateChanged(forwardStateName(state));
}

void ForwardEngine::persistCursor()
{
    if (m_writing || m_cursor <= m_persisted || !m_storage)
        return;
    m_writing = true;
    writeCursor();
}

QCoro::Task<> ForwardEngine::writeCursor()
{
    while (m_persisted < m_cursor) {
        const qint64 seq = m_cursor;
        auto write = m_storage->writes()->setForwardCursor(seq);
        const Status written = co_await std::move(write);
        if (!written) {
            qCWarning(lcForward).noquote() << "cannot store the forward cursor:" << written.error().message;
            break; // the next acknowledgement tries again; the remote drops what it has twice
        }
        m_persisted = seq;
    }
    m_writing = false;
    finishIfDone();
}

void ForwardEngine::finishIfDone()
{
    if (m_shuttingDown && !m_writing)
        Q_EMIT finished();
}

} // namespace cybos
