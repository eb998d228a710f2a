#pragma once
// The order book as a table: ten asks over ten bids (row 0 the tenth ask, row 9 the best ask,
// row 10 the best bid, row 19 the tenth bid) in three columns, ask quantity | price | bid
// quantity. Prices coloured against the previous close (rise red, fall blue), the price that
// last traded highlighted, and BarRole giving each quantity's share of the largest one for
// the quantity bars (QuantityBarDelegate).
#include "core/domain/orderbook.h"
#include <QAbstractTableModel>

namespace cybos {

class OrderBookModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AskQty, Price, BidQty, ColumnCount };
    enum Role { BarRole = Qt::UserRole + 1, SideRole };   // SideRole: +1 ask row, -1 bid row
    static constexpr int kLevels = 10;

    explicit OrderBookModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setBook(const OrderBook &book);
    // The last trade of the book's code: highlights its price row; prevClose colours prices.
    void setLastTrade(qint64 price, qint64 prevClose);
    void clear();
    const OrderBook &book() const { return m_book; }
    qint64 lastPrice() const { return m_lastPrice; }
    int rowOfPrice(qint64 price) const;   // -1 when no level has that price
    static bool isAskRow(int row) { return row < kLevels; }

private:
    const BookLevel &level(int row) const;
    QVariant display(const BookLevel &l, int row, int column) const;
    QVariant foreground(const BookLevel &l, int column) const;
    QVariant background(const BookLevel &l, int row, int column) const;
    double barShare(const BookLevel &l, int row, int column) const;
    void changedAll();

    OrderBook m_book;
    qint64 m_lastPrice = 0;
    qint64 m_prevClose = 0;
    qint64 m_maxQty = 0;
};

} // namespace cybos
