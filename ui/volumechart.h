#pragma once
// The volume pane under the candles: one bar per candle, red under a rising candle and blue
// under a falling one (two stacked sets, one of them zero at each bar), with thousands
// separators, following the price pane's visible range.
#include <QChartView>

class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace cybos {

class ChartModel;

class VolumeChart : public QChartView
{
    Q_OBJECT
public:
    explicit VolumeChart(ChartModel *model, QWidget *parent = nullptr);

    QBarSet *rising() const { return m_rise; }
    QBarSet *falling() const { return m_fall; }

public Q_SLOTS:
    void setVisibleRange(qreal first, qreal last);

private:
    void rebuild();
    void rowsChanged(int first, int last);
    void fitVolumes();

    ChartModel *m_model;
    QStackedBarSeries *m_series;
    QBarSet *m_rise, *m_fall;
    QValueAxis *m_x, *m_y;
    qreal m_first = 0, m_last = 0;
};

} // namespace cybos
