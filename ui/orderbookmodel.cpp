#include "orderbookmodel.h"
#include "quoteformat.h"
#include <QBrush>
#include <algorithm>
#include <QFont>

namespace cybos {

OrderBookModel::OrderBookModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int OrderBookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2 * kLevels;
}

int OrderBookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BookLevel &OrderBookModel::level(int row) const
{
    return isAskRow(row) ? m_book.asks[size_t(kLevels - 1 - row)] : m_book.bids[size_t(row - kLevels)];
}

QVariant OrderBookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BookLevel &l = level(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(l, index.row(), index.column());
    case Qt::TextAlignmentRole:
        return int((index.column() == Price ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return foreground(l, index.column());
    case Qt::BackgroundRole:
        return background(l, index.row(), index.column());
    case Qt::FontRole:
        if (index.column() == Price && l.price > 0 && l.price == m_lastPrice) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case BarRole:
        return barShare(l, index.row(), index.column());
    case SideRole:
        return isAskRow(index.row()) ? 1 : -1;
    default:
        return {};
    }
}

QVariant OrderBookModel::display(const BookLevel &l, int row, int column) const
{
    if (l.price <= 0)
        return QString();
    const bool ownSide = (column == AskQty && isAskRow(row)) || (column == BidQty && !isAskRow(row));
    if (column == Price)
        return QuoteFormat::price(l.price);
    return ownSide ? QuoteFormat::number(l.qty) : QString();
}

QVariant OrderBookModel::foreground(const BookLevel &l, int column) const
{
    if (column != Price || l.price <= 0 || m_prevClose <= 0)
        return {};
    return QuoteFormat::directionBrush(l.price - m_prevClose);
}

QVariant OrderBookModel::background(const BookLevel &l, int row, int column) const
{
    if (column == Price && l.price > 0 && l.price == m_lastPrice)
        return QBrush(QColor(255, 236, 153));   // the traded price, as HTS books mark it
    // Asks on a blue tint, bids on a red one.
    return QBrush(isAskRow(row) ? QColor(235, 242, 255) : QColor(255, 238, 238));
}

double OrderBookModel::barShare(const BookLevel &l, int row, int column) const
{
    const bool ownSide = (column == AskQty && isAskRow(row)) || (column == BidQty && !isAskRow(row));
    if (!ownSide || m_maxQty <= 0 || l.price <= 0)
        return 0.0;
    return double(l.qty) / double(m_maxQty);
}

void OrderBookModel::setBook(const OrderBook &book)
{
    m_book = book;
    m_maxQty = 0;
    for (int i = 0; i < kLevels; ++i)
        m_maxQty = std::max({m_maxQty, book.asks[size_t(i)].qty, book.bids[size_t(i)].qty});
    changedAll();
}

void OrderBookModel::setLastTrade(qint64 price, qint64 prevClose)
{
    if (price == m_lastPrice && prevClose == m_prevClose)
        return;
    m_lastPrice = price;
    m_prevClose = prevClose;
    changedAll();
}

void OrderBookModel::clear()
{
    m_book = OrderBook{};
    m_lastPrice = m_prevClose = m_maxQty = 0;
    changedAll();
}

int OrderBookModel::rowOfPrice(qint64 price) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (price > 0 && level(row).price == price)
            return row;
    }
    return -1;
}

void OrderBookModel::changedAll()
{
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant OrderBookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case AskQty: return tr("Ask qty");
    case Price: return tr("Price");
    case BidQty: return tr("Bid qty");
    default: return {};
    }
}

} // namespace cybos
