#pragma once
// Paints an order book quantity cell with a bar of its share of the largest quantity
// (OrderBookModel::BarRole): ask bars grow leftwards from the price column in blue, bid bars
// rightwards in red, under the number.
#include <QStyledItemDelegate>

namespace cybos {

class QuantityBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cybos
