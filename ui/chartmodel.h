#pragma once
// The bars of the chart dock as a table the Qt Charts model mappers read: one row per bar,
// ascending in time, x = row index (so nights and weekends leave no gaps). Loads through
// core's ChartSource: stored bars at once, then for daily and longer intervals whatever the
// database lacks through the request budget ("loading", or "wait" when the budget says so).
// Intraday bars continue with live trades of the code (the last bar updates, a new bar opens
// at the boundary), applied at most ten times a second like the grid.
#include "core/chart/chartsource.h"
#include "core/chart/minutebars.h"
#include <QAbstractTableModel>
#include <QTimer>

namespace cybos {

class ChartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Index, Time, Open, High, Low, Close, Volume, RiseVolume, FallVolume, ColumnCount };
    enum class State { Empty, Loading, Ready, Waiting, Failed };

    explicit ChartModel(ChartSource *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const BarList &bars() const { return m_bars; }
    QString code() const { return m_code; }
    Interval interval() const { return m_interval; }
    State state() const { return m_state; }

public Q_SLOTS:
    // Shows a code at an interval: stored bars now, the rest (daily and longer) when fetched.
    void show(const QString &code, cybos::Interval interval);
    void reload();
    // Live trades (any codes; others are ignored). Applied at the next flush.
    void addTicks(const cybos::TickList &batch);
    void flush();

Q_SIGNALS:
    // message: what to tell the person (translated), empty when there is nothing to say.
    void stateChanged(cybos::ChartModel::State state, const QString &message);

private:
    void setBars(const ChartBars &bars);
    void setState(State state, const QString &message = {});
    void completeHistory();

    ChartSource *m_source;
    QString m_code;
    Interval m_interval = Interval::Day;
    BarList m_bars;
    MinuteBars m_live{1};
    qint64 m_liveFromSeq = 0;     // live trades with a higher seq than the stored ones
    bool m_dirty = false;
    quint64 m_generation = 0;     // a reload answered after another show() is dropped
    State m_state = State::Empty;
    QTimer m_flush;
};

} // namespace cybos

Q_DECLARE_METATYPE(cybos::ChartModel::State)
