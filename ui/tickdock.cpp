#include "tickdock.h"
#include "tickmodel.h"
#include "viewstyle.h"
#include <QTableView>

namespace cybos {

TickDock::TickDock(TickModel *model, QWidget *parent)
    : QDockWidget(tr("Tick tape"), parent), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("tickDock"));
    m_view->setObjectName(QStringLiteral("tickTable"));
    m_view->setModel(model);
    ViewStyle::makeDense(m_view);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    ViewStyle::fitColumns(m_view, {QStringLiteral("00:00:00"), QStringLiteral("Q000000"), QStringLiteral("삼성바이오로직스"),
                                   QStringLiteral("1,000,000"), QStringLiteral("▲ 10,000"), QStringLiteral("100,000"),
                                   QStringLiteral("Sell")});
    setWidget(m_view);
}

} // namespace cybos
