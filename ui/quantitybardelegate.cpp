#include "quantitybardelegate.h"
#include "orderbookmodel.h"
#include "quoteformat.h"
#include <QPainter>
#include <algorithm>

namespace cybos {

void QuantityBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const double share = index.data(OrderBookModel::BarRole).toDouble();
    if (share <= 0.0)
        return;
    // A translucent bar over the cell: the number stays readable through it.
    const bool ask = index.data(OrderBookModel::SideRole).toInt() > 0;
    QColor colour = ask ? QuoteFormat::fallColor() : QuoteFormat::riseColor();
    colour.setAlpha(55);
    QRect bar = option.rect.adjusted(1, 2, -1, -2);
    const int width = int(bar.width() * std::min(share, 1.0));
    if (ask)
        bar.setLeft(bar.right() - width + 1);   // toward the price column on its right
    else
        bar.setWidth(width);                    // from the price column on its left
    painter->fillRect(bar, colour);
}

} // namespace cybos
