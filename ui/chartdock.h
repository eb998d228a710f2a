#pragma once
// The Chart dock: the selected code's candles over its volume, an interval bar (1m 5m 15m 60m
// 1d 1w 1mo), a reload button and a line saying what the chart waits for. Data through
// ChartModel (core's ChartSource); live trades reach its model through Desktop::addTicks.
#include "core/domain/bar.h"
#include <QDockWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace cybos {

class CandleChart;
class ChartModel;
class ChartSource;
class StockDirectory;
class VolumeChart;

class ChartDock : public QDockWidget
{
    Q_OBJECT
public:
    ChartDock(ChartSource *source, const StockDirectory *directory, QWidget *parent = nullptr);

    ChartModel *model() const { return m_model; }
    CandleChart *candles() const { return m_candles; }
    VolumeChart *volumes() const { return m_volumes; }
    Interval interval() const { return m_interval; }
    static QList<Interval> intervals();

public Q_SLOTS:
    void setCode(const QString &code);
    void setInterval(cybos::Interval interval);

private:
    QWidget *makeToolbar();
    void showState(int state, const QString &message);

    ChartModel *m_model;
    const StockDirectory *m_directory;
    CandleChart *m_candles;
    VolumeChart *m_volumes;
    QButtonGroup *m_intervals = nullptr;
    QLabel *m_title = nullptr, *m_state = nullptr;
    QToolButton *m_reload = nullptr;
    QString m_code;
    Interval m_interval = Interval::Day;
};

} // namespace cybos
