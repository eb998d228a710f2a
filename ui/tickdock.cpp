#include "tickdock.h"
#include "tickmodel.h"
#include <QHeaderView>
#include <QTableView>

namespace cybos {

TickDock::TickDock(TickModel *model, QWidget *parent)
    : QDockWidget(tr("Tick tape"), parent), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("tickDock"));
    m_view->setObjectName(QStringLiteral("tickTable"));
    m_view->setModel(model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {64, 60, 120, 74, 74, 74, 40};
    for (int c = 0; c < TickModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    setWidget(m_view);
}

} // namespace cybos
