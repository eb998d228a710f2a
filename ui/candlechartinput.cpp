// CandleChart's mouse: wheel zoom around the pointer, drag to pan, the crosshair and its
// OHLCV line (candlechart.cpp draws the chart itself).
#include "candlechart.h"
#include "chartmodel.h"
#include "quoteformat.h"
#include <QCandlestickSeries>
#include <QCategoryAxis>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QValueAxis>
#include <QWheelEvent>
#include <cmath>

namespace cybos {

QPointF CandleChart::valueAt(const QPointF &viewPos) const
{
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(viewPos.toPoint())), m_series);
}

int CandleChart::rowAt(const QPointF &viewPos) const
{
    const int row = int(std::lround(valueAt(viewPos).x()));
    return row >= 0 && row < m_model->rowCount() ? row : -1;
}

QString CandleChart::crosshairText() const
{
    if (m_crossRow < 0 || m_crossRow >= m_model->rowCount())
        return {};
    const Bar &b = m_model->bars().at(m_crossRow);
    return tr("%1  O %2  H %3  L %4  C %5  V %6")
        .arg(QuoteFormat::barTime(b.timeMs, isMinuteInterval(m_model->interval())), QuoteFormat::price(b.open),
             QuoteFormat::price(b.high), QuoteFormat::price(b.low), QuoteFormat::price(b.close),
             QuoteFormat::number(b.volume));
}

void CandleChart::showCrosshair(int row, qreal price)
{
    m_crossRow = row;
    const bool visible = row >= 0 && row < m_model->rowCount();
    m_vline->setVisible(visible);
    m_hline->setVisible(visible);
    m_info->setText(crosshairText());
    if (!visible)
        return;
    const QRectF plot = chart()->plotArea();
    const QPointF at = chart()->mapToPosition(QPointF(row, price), m_series);
    m_vline->setLine(at.x(), plot.top(), at.x(), plot.bottom());
    m_hline->setLine(plot.left(), at.y(), plot.right(), at.y());
    m_info->setPos(plot.left() + 4, plot.top() + 2);
}

void CandleChart::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0 || m_model->rowCount() == 0)
        return;
    const qreal anchor = valueAt(event->position()).x();
    const qreal factor = std::pow(0.8, steps);   // wheel up zooms in
    setVisibleRange(anchor - (anchor - m_first) * factor, anchor + (m_last - anchor) * factor);
    event->accept();
}

void CandleChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QChartView::mousePressEvent(event);
    m_dragging = true;
    m_dragFrom = event->position();
    m_dragFirst = m_first;
    m_dragLast = m_last;
    setCursor(Qt::ClosedHandCursor);
}

void CandleChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const qreal width = std::max<qreal>(chart()->plotArea().width(), 1.0);
        const qreal bars = (event->position().x() - m_dragFrom.x()) / width * (m_dragLast - m_dragFirst);
        setVisibleRange(m_dragFirst - bars, m_dragLast - bars);
    }
    showCrosshair(rowAt(event->position()), valueAt(event->position()).y());
    QChartView::mouseMoveEvent(event);
}

void CandleChart::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    unsetCursor();
    QChartView::mouseReleaseEvent(event);
}

void CandleChart::leaveEvent(QEvent *event)
{
    showCrosshair(-1, 0);
    QChartView::leaveEvent(event);
}

void CandleChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    showCrosshair(-1, 0);   // its place moved with the plot
}

} // namespace cybos
