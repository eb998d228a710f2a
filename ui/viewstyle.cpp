#include "viewstyle.h"
#include <QHeaderView>
#include <QTableView>

namespace cybos::ViewStyle {

void makeDense(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 5);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
}

void fitColumns(QTableView *view, const QStringList &samples)
{
    const QFontMetrics metrics = view->fontMetrics();
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < samples.size(); ++c) {
        const int content = metrics.horizontalAdvance(samples.at(c)) + 14;
        view->setColumnWidth(c, qMax(content, header->sectionSizeHint(c)));
    }
}

} // namespace cybos::ViewStyle
