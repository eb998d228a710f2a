#include "chartdock.h"
#include "candlechart.h"
#include "chartmodel.h"
#include "stockdirectory.h"
#include "volumechart.h"
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace cybos {

ChartDock::ChartDock(ChartSource *source, const StockDirectory *directory, QWidget *parent)
    : QDockWidget(tr("Chart"), parent), m_model(new ChartModel(source, this)), m_directory(directory)
{
    setObjectName(QStringLiteral("chartDock"));
    auto *body = new QWidget(this);
    auto *box = new QVBoxLayout(body);
    box->setContentsMargins(4, 4, 4, 4);
    box->setSpacing(2);
    box->addWidget(makeToolbar());
    auto *panes = new QSplitter(Qt::Vertical, body);
    m_candles = new CandleChart(m_model, panes);
    m_volumes = new VolumeChart(m_model, panes);
    panes->addWidget(m_candles);
    panes->addWidget(m_volumes);
    panes->setStretchFactor(0, 3);
    panes->setStretchFactor(1, 1);
    panes->setSizes({300, 100});
    box->addWidget(panes, 1);
    setWidget(body);
    connect(m_candles, &CandleChart::visibleRangeChanged, m_volumes, &VolumeChart::setVisibleRange);
    m_volumes->setVisibleRange(m_candles->first(), m_candles->last());
    connect(m_model, &ChartModel::stateChanged, this,
            [this](ChartModel::State state, const QString &message) { showState(int(state), message); });
}

QList<Interval> ChartDock::intervals()
{
    return {Interval::Min1, Interval::Min5, Interval::Min15, Interval::Min60, Interval::Day, Interval::Week,
            Interval::Month};
}

QWidget *ChartDock::makeToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Select a code in the quote grid"), bar);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    row->addWidget(m_title);
    m_intervals = new QButtonGroup(this);
    const QStringList labels{tr("1m"), tr("5m"), tr("15m"), tr("60m"), tr("Day"), tr("Week"), tr("Month")};
    const QList<Interval> kinds = intervals();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *button = new QToolButton(bar);
        button->setObjectName(QStringLiteral("interval_") + intervalName(kinds.at(i)));
        button->setText(labels.at(i));
        button->setCheckable(true);
        button->setChecked(kinds.at(i) == m_interval);
        m_intervals->addButton(button, i);
        row->addWidget(button);
    }
    connect(m_intervals, &QButtonGroup::idClicked, this, [this](int id) { setInterval(intervals().at(id)); });
    m_reload = new QToolButton(bar);
    m_reload->setObjectName(QStringLiteral("chartReload"));
    m_reload->setText(tr("Reload"));
    connect(m_reload, &QToolButton::clicked, m_model, &ChartModel::reload);
    row->addWidget(m_reload);
    m_state = new QLabel(bar);
    m_state->setObjectName(QStringLiteral("chartState"));
    row->addWidget(m_state, 1);
    return bar;
}

void ChartDock::setCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    const QString name = m_directory ? m_directory->name(code) : QString();
    m_title->setText(name.isEmpty() ? code : code + u' ' + name);
    m_model->show(m_code, m_interval);
}

void ChartDock::setInterval(Interval interval)
{
    m_interval = interval;
    if (QAbstractButton *button = m_intervals->button(int(intervals().indexOf(interval))))
        button->setChecked(true);
    if (!m_code.isEmpty())
        m_model->show(m_code, m_interval);
}

void ChartDock::showState(int state, const QString &message)
{
    const auto s = ChartModel::State(state);
    m_state->setText(message);
    m_state->setStyleSheet(s == ChartModel::State::Waiting || s == ChartModel::State::Failed
                               ? QStringLiteral("color: #b00020;")
                               : QString());
}

} // namespace cybos
