#include "chartmodel.h"
#include "core/domain/ksttime.h"
#include "core/services/feedservices.h"
#include "uicontext.h"

namespace cybos {

ChartModel::ChartModel(ChartSource *source, QObject *parent) : QAbstractTableModel(parent), m_source(source)
{
    qRegisterMetaType<cybos::ChartModel::State>();
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &ChartModel::flush);
    m_flush.start();
}

int ChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bars.size());
}

int ChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Bar &b = m_bars.at(index.row());
    const bool rising = b.close >= b.open;
    switch (index.column()) {
    case Index: return qreal(index.row());
    case Time: return b.timeMs;
    case Open: return qreal(b.open);
    case High: return qreal(b.high);
    case Low: return qreal(b.low);
    case Close: return qreal(b.close);
    case Volume: return qreal(b.volume);
    case RiseVolume: return qreal(rising ? b.volume : 0);
    case FallVolume: return qreal(rising ? 0 : b.volume);
    default: return {};
    }
}

QVariant ChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    static const char *const names[] = {"#", "time", "open", "high", "low", "close", "volume", "rise", "fall"};
    return section >= 0 && section < ColumnCount ? QString::fromLatin1(names[section]) : QVariant();
}

void ChartModel::show(const QString &code, Interval interval)
{
    m_code = code;
    m_interval = interval;
    reload();
}

void ChartModel::reload()
{
    ++m_generation;
    m_dirty = false;
    if (m_code.isEmpty() || !m_source) {
        setBars({});
        setState(State::Empty);
        return;
    }
    const ChartRequest request{m_code, m_interval, Kst::nowMs()};
    const Result<ChartBars> stored = m_source->stored(request);
    setBars(stored ? *stored : ChartBars{});
    if (!stored) {
        setState(State::Failed, tr("Chart unavailable: %1").arg(stored.error().message));
        return;
    }
    if (isMinuteInterval(m_interval)) {
        setState(State::Ready, m_bars.isEmpty() ? tr("No trades stored for %1 yet: intraday bars are built "
                                                     "from the trades of subscribed codes").arg(m_code)
                                                : QString());
        return;
    }
    completeHistory();
}

void ChartModel::completeHistory()
{
    setState(State::Loading, tr("Loading history of %1…").arg(m_code));
    const quint64 generation = m_generation;
    const ChartRequest request{m_code, m_interval, Kst::nowMs()};
    QCoro::connect(m_source->complete(request, kPersonWaitMs), this, [this, generation, request](const Status &st) {
        if (generation != m_generation)
            return;
        if (st) {
            const Result<ChartBars> stored = m_source->stored(request);
            if (stored)
                setBars(*stored);
            setState(State::Ready);
        } else if (st.error().code == ErrorCode::BudgetExhausted) {
            const int seconds = (st.error().retryAfterMs + 999) / 1000;
            setState(State::Waiting, tr("Request budget used up: the rest of the history in %n s "
                                        "(press Reload)", nullptr, seconds));
        } else {
            setState(State::Failed, tr("History incomplete: %1").arg(st.error().message));
        }
    });
}

void ChartModel::setBars(const ChartBars &bars)
{
    beginResetModel();
    m_bars = bars.bars;
    m_live = MinuteBars(isMinuteInterval(m_interval) ? intervalMinutes(m_interval) : 1);
    m_live.reset(m_bars, bars.lastSeq);
    m_liveFromSeq = bars.lastSeq;
    endResetModel();
}

void ChartModel::setState(State state, const QString &message)
{
    m_state = state;
    Q_EMIT stateChanged(state, message);
}

void ChartModel::addTicks(const TickList &batch)
{
    if (m_code.isEmpty() || !isMinuteInterval(m_interval))
        return;
    for (const Tick &t : batch) {
        if (t.code == m_code && t.seq > m_liveFromSeq) {
            m_live.add(t);
            m_dirty = true;
        }
    }
}

void ChartModel::flush()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    const BarList &live = m_live.bars();
    const int before = int(m_bars.size());
    // Trades only ever touch the last bars or open new ones; a late trade may reach further
    // back, so compare from the first bar that differs.
    int first = 0;
    while (first < before && first < live.size() && m_bars.at(first) == live.at(first))
        ++first;
    if (live.size() > before) {
        beginInsertRows({}, before, int(live.size()) - 1);
        m_bars = live;
        endInsertRows();
    } else {
        m_bars = live;
    }
    if (first < before)
        Q_EMIT dataChanged(index(first, 0), index(before - 1, ColumnCount - 1));
}

} // namespace cybos
