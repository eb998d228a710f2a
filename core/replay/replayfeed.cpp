#include "replayfeed.h"
#include "core/domain/ksttime.h"
#include "core/log/categories.h"
#include "core/storage/tickrepository.h"
#include <QFileInfo>
#include <cmath>

namespace cybos {
namespace {
constexpr int kBackpressurePauseMs = 20;
}

ReplayFeed::ReplayFeed(ReplayOptions options, QObject *parent)
    : OfflineFeed(QStringLiteral("replay"), parent), m_options(std::move(options)),
      m_recorded(std::make_unique<Database>(m_options.path))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReplayFeed::step);
}

ReplayFeed::~ReplayFeed() = default;

Status ReplayFeed::open()
{
    if (!QFileInfo(m_options.path).isReadable())
        return makeError(ErrorCode::ReplayUnavailable,
                         QStringLiteral("cannot read the recording %1").arg(m_options.path));
    auto db = m_recorded->connection(DbAccess::ReadOnly);
    if (!db)
        return db.error();
    auto version = Database::schemaVersion(*db);
    if (!version || *version < 1)
        return makeError(ErrorCode::ReplayUnavailable,
                         QStringLiteral("%1 is not a cybos-server database").arg(m_options.path));
    if (!refill() && m_buffer.isEmpty())
        qCWarning(lcFeed).noquote() << "replay:" << m_options.path << "holds no ticks";
    return Ok{};
}

void ReplayFeed::start()
{
    if (m_playing || m_finished)
        return;
    m_playing = true;
    m_clock.start();
    m_startMs = Kst::nowMs();
    m_firstTimeMs = m_buffer.isEmpty() ? 0 : m_buffer.constFirst().timeMs;
    qCInfo(lcFeed).noquote() << "replaying" << m_options.path << "at speed" << m_options.speed;
    Q_EMIT connectionChanged(true);
    m_timer.start(0);
}

bool ReplayFeed::refill()
{
    m_buffer.clear();
    m_index = 0;
    auto db = m_recorded->connection(DbAccess::ReadOnly);
    if (!db)
        return false;
    auto ticks = TickRepository(*db).sinceSeq(m_lastSeq, qMax(1, m_options.chunk));
    if (!ticks) {
        qCWarning(lcFeed).noquote() << "replay: cannot read ticks:" << ticks.error().message;
        return false;
    }
    m_buffer = std::move(ticks).value();
    if (!m_buffer.isEmpty())
        m_lastSeq = m_buffer.constLast().seq;
    return !m_buffer.isEmpty();
}

qint64 ReplayFeed::dueMs(const Tick &tick) const
{
    if (m_options.speed <= 0)
        return 0;
    return qint64(std::floor(double(tick.timeMs - m_firstTimeMs) / m_options.speed));
}

void ReplayFeed::step()
{
    if (m_busy && m_busy()) {
        m_timer.start(kBackpressurePauseMs);
        return;
    }
    for (int emitted = 0; emitted < m_options.maxPerTurn; ++emitted) {
        if (m_index >= m_buffer.size() && !refill()) {
            finish();
            return;
        }
        const Tick &tick = m_buffer.at(m_index);
        const qint64 due = dueMs(tick);
        const qint64 elapsed = m_clock.elapsed();
        if (due > elapsed) {
            m_timer.start(int(qMin<qint64>(due - elapsed, 60'000)));
            return;
        }
        emitTick(tick, due);
        ++m_index;
    }
    m_timer.start(0); // the rest after the event loop had its turn
}

void ReplayFeed::emitTick(const Tick &recorded, qint64 due)
{
    Tick tick = recorded;
    tick.seq = 0;
    if (!m_options.keepTimes) {
        const qint64 shifted = m_options.speed > 0 ? m_startMs + due : Kst::nowMs();
        m_lastShiftedMs = qMax(m_lastShiftedMs, shifted); // recorded times may step back a little
        tick.timeMs = m_lastShiftedMs;
    }
    ++m_replayed;
    Q_EMIT tickReceived(tick);
}

void ReplayFeed::finish()
{
    m_playing = false;
    m_finished = true;
    qCInfo(lcFeed) << "replay finished:" << m_replayed << "ticks";
    Q_EMIT connectionChanged(false);
    Q_EMIT replayFinished(m_replayed);
}

} // namespace cybos
