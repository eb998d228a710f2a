#include "volumechart.h"
#include "chartmodel.h"
#include "quoteformat.h"
#include <QBarSet>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace cybos {

VolumeChart::VolumeChart(ChartModel *model, QWidget *parent)
    : QChartView(parent), m_model(model), m_series(new QStackedBarSeries), m_rise(new QBarSet(QString())),
      m_fall(new QBarSet(QString())), m_x(new QValueAxis), m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("volumeChart"));
    auto *c = new QChart;
    c->legend()->hide();
    c->setMargins(QMargins(2, 0, 2, 2));
    c->setBackgroundRoundness(0);
    c->setLocalizeNumbers(true);
    c->setLocale(QLocale(QLocale::Korean, QLocale::SouthKorea));
    m_rise->setColor(QuoteFormat::riseColor());
    m_fall->setColor(QuoteFormat::fallColor());
    for (QBarSet *set : {m_rise, m_fall})
        set->setBorderColor(Qt::transparent);
    m_series->append(m_rise);
    m_series->append(m_fall);
    m_series->setBarWidth(0.7);
    c->addSeries(m_series);
    m_x->setLabelsVisible(false);
    m_x->setGridLineVisible(false);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTickCount(3);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignRight);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setChart(c);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VolumeChart::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { rowsChanged(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) { rowsChanged(tl.row(), br.row()); });
    rebuild();
}

void VolumeChart::rebuild()
{
    m_rise->remove(0, m_rise->count());
    m_fall->remove(0, m_fall->count());
    rowsChanged(0, m_model->rowCount() - 1);
}

void VolumeChart::rowsChanged(int first, int last)
{
    for (int row = std::max(first, 0); row <= last; ++row) {
        const Bar &b = m_model->bars().at(row);
        const bool rising = b.close >= b.open;
        const qreal up = rising ? qreal(b.volume) : 0.0, down = rising ? 0.0 : qreal(b.volume);
        if (row < m_rise->count()) {
            m_rise->replace(row, up);
            m_fall->replace(row, down);
        } else {
            m_rise->append(up);
            m_fall->append(down);
        }
    }
    fitVolumes();
}

void VolumeChart::setVisibleRange(qreal first, qreal last)
{
    m_first = first;
    m_last = last;
    m_x->setRange(first - 0.5, last - 0.5);
    fitVolumes();
}

void VolumeChart::fitVolumes()
{
    const BarList &bars = m_model->bars();
    const int from = std::max(0, int(std::floor(m_first))), to = std::min(int(bars.size()) - 1, int(std::ceil(m_last)));
    qint64 top = 0;
    for (int row = from; row <= to; ++row)
        top = std::max(top, bars.at(row).volume);
    m_y->setRange(0, std::max<qreal>(qreal(top) * 1.1, 1.0));
}

} // namespace cybos
