#include "candlechart.h"
#include "chartmodel.h"
#include "quoteformat.h"
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QCategoryAxis>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace cybos {
namespace {
constexpr qreal kMinBars = 10;
constexpr int kLabels = 6;   // time labels across the visible range
} // namespace

CandleChart::CandleChart(ChartModel *model, QWidget *parent) : QChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("candleChart"));
    setRenderHint(QPainter::Antialiasing, false);
    setMouseTracking(true);
    buildChart();
    connect(m_model, &QAbstractItemModel::modelReset, this, &CandleChart::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { rowsAdded(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) { rowsChanged(tl.row(), br.row()); });
    rebuild();
}

void CandleChart::buildChart()
{
    auto *c = new QChart;
    c->legend()->hide();
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    c->setLocalizeNumbers(true);   // thousands separators on the price axis
    c->setLocale(QLocale(QLocale::Korean, QLocale::SouthKorea));
    m_series = new QCandlestickSeries(c);
    m_series->setIncreasingColor(QuoteFormat::riseColor());
    m_series->setDecreasingColor(QuoteFormat::fallColor());
    m_series->setBodyWidth(0.7);
    m_series->setMinimumColumnWidth(1.0);
    m_series->setBodyOutlineVisible(false);
    c->addSeries(m_series);
    // The candles sit on a plain value axis (x = row); the KST labels are a category axis
    // over the same range, as Qt Charts places candles on value or category-of-bars axes only.
    m_x = new QValueAxis(c);
    m_x->setLabelsVisible(false);
    m_x->setLineVisible(false);
    m_x->setGridLineVisible(false);
    m_time = new QCategoryAxis(c);
    m_time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_time->setGridLineVisible(true);
    m_price = new QValueAxis(c);
    m_price->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_price, Qt::AlignRight);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_price);
    setChart(c);
    m_vline = new QGraphicsLineItem(c);
    m_hline = new QGraphicsLineItem(c);
    for (QGraphicsLineItem *line : {m_vline, m_hline}) {
        line->setPen(QPen(QColor(90, 90, 90), 0, Qt::DashLine));
        line->setZValue(20);
        line->hide();
    }
    m_info = new QGraphicsSimpleTextItem(c);
    m_info->setZValue(21);
}

void CandleChart::updateSet(QCandlestickSet *set, int row) const
{
    const Bar &b = m_model->bars().at(row);
    set->setTimestamp(row);
    set->setOpen(qreal(b.open));
    set->setHigh(qreal(b.high));
    set->setLow(qreal(b.low));
    set->setClose(qreal(b.close));
    // Wicks take the candle's colour, as on the HTS.
    set->setPen(QPen(b.close >= b.open ? QuoteFormat::riseColor() : QuoteFormat::fallColor(), 1));
}

void CandleChart::rebuild()
{
    m_series->clear();
    QList<QCandlestickSet *> sets;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto *set = new QCandlestickSet;
        updateSet(set, row);
        sets.append(set);
    }
    m_series->append(sets);
    showCrosshair(-1, 0);
    showLatest();
}

void CandleChart::rowsAdded(int first, int last)
{
    // Rows are only ever appended (live bars); a view that showed the newest bar follows it.
    const bool following = m_last >= first - 1;
    for (int row = first; row <= last; ++row) {
        auto *set = new QCandlestickSet;
        updateSet(set, row);
        m_series->append(set);
    }
    if (following)
        setVisibleRange(m_first + (last - first + 1), m_last + (last - first + 1));
    else
        relabel();
}

void CandleChart::rowsChanged(int first, int last)
{
    const QList<QCandlestickSet *> sets = m_series->sets();
    for (int row = std::max(first, 0); row <= last && row < sets.size(); ++row)
        updateSet(sets.at(row), row);
    fitPrices();
    if (m_crossRow >= first && m_crossRow <= last)
        m_info->setText(crosshairText());
}

void CandleChart::showLatest(int bars)
{
    const qreal n = m_model->rowCount();
    setVisibleRange(n - bars, n);
}

void CandleChart::setVisibleRange(qreal first, qreal last)
{
    const qreal n = m_model->rowCount();
    const qreal span = std::clamp(last - first, std::min(kMinBars, std::max<qreal>(n, 1)), std::max<qreal>(n + 1, kMinBars));
    first = std::clamp(first, -1.0, std::max<qreal>(n - span + 1, -1.0));
    m_first = first;
    m_last = first + span;
    m_x->setRange(m_first - 0.5, m_last - 0.5);
    m_time->setRange(m_first - 0.5, m_last - 0.5);
    relabel();
    fitPrices();
    Q_EMIT visibleRangeChanged(m_first, m_last);
}

void CandleChart::relabel()
{
    for (const QString &label : m_time->categoriesLabels())
        m_time->remove(label);
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    const bool intraday = isMinuteInterval(m_model->interval());
    const int from = std::max(0, int(std::ceil(m_first))), to = std::min(n - 1, int(std::floor(m_last)));
    const int step = std::max(1, (to - from + 1) / kLabels);
    for (int row = from; row <= to; row += step) {
        const QString label = QuoteFormat::barTime(m_model->bars().at(row).timeMs, intraday);
        if (!m_time->categoriesLabels().contains(label))
            m_time->append(label, row);
    }
    m_time->setStartValue(m_first - 0.5);
}

void CandleChart::fitPrices()
{
    const BarList &bars = m_model->bars();
    const int from = std::max(0, int(std::floor(m_first))), to = std::min(int(bars.size()) - 1, int(std::ceil(m_last)));
    if (from > to) {
        m_price->setRange(0, 1);
        return;
    }
    qint64 low = bars.at(from).low, high = bars.at(from).high;
    for (int row = from + 1; row <= to; ++row) {
        low = std::min(low, bars.at(row).low);
        high = std::max(high, bars.at(row).high);
    }
    const qreal pad = std::max<qreal>(qreal(high - low) * 0.05, 1.0);
    m_price->setRange(qreal(low) - pad, qreal(high) + pad);
    m_price->applyNiceNumbers();
}

} // namespace cybos
