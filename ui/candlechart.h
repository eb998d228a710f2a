#pragma once
// The price pane of the chart dock: the candles of a ChartModel (rising red, falling blue),
// the price axis on the right with thousands separators, KST times under the bars, the
// visible range zoomed with the mouse wheel and panned by dragging (the price axis fits what
// is visible), and a crosshair with the OHLCV of the bar under the mouse. x is the bar's row,
// so nights and weekends leave no gaps; the volume pane follows visibleRangeChanged.
#include <QChartView>

class QCandlestickSeries;
class QCandlestickSet;
class QCategoryAxis;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace cybos {

class ChartModel;

class CandleChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kDefaultBars = 120;

    explicit CandleChart(ChartModel *model, QWidget *parent = nullptr);

    qreal first() const { return m_first; }
    qreal last() const { return m_last; }
    QCandlestickSeries *series() const { return m_series; }
    QString crosshairText() const;       // the OHLCV line of the crosshair's bar, empty when hidden

public Q_SLOTS:
    void setVisibleRange(qreal first, qreal last);   // bar rows, clamped to the data
    void showLatest(int bars = kDefaultBars);
    void showCrosshair(int row, qreal price);        // row -1 hides it

Q_SIGNALS:
    void visibleRangeChanged(qreal first, qreal last);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildChart();
    void rebuild();
    void rowsAdded(int first, int last);
    void rowsChanged(int first, int last);
    void updateSet(QCandlestickSet *set, int row) const;
    void relabel();
    void fitPrices();
    QPointF valueAt(const QPointF &viewPos) const;   // chart values under a point of the view
    int rowAt(const QPointF &viewPos) const;

    ChartModel *m_model;
    QCandlestickSeries *m_series = nullptr;
    QValueAxis *m_x = nullptr;            // the candles' x: the row
    QCategoryAxis *m_time = nullptr;      // KST labels over the same range
    QValueAxis *m_price = nullptr;
    QGraphicsLineItem *m_vline = nullptr, *m_hline = nullptr;
    QGraphicsSimpleTextItem *m_info = nullptr;
    qreal m_first = 0, m_last = 0;
    int m_crossRow = -1;
    QPointF m_dragFrom;
    qreal m_dragFirst = 0, m_dragLast = 0;
    bool m_dragging = false;
};

} // namespace cybos
