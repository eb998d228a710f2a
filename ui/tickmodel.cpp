#include "tickmodel.h"
#include "quoteformat.h"
#include "stockdirectory.h"
#include <QBrush>

namespace cybos {

TickModel::TickModel(const StockDirectory *names, int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_names(names), m_capacity(qMax(1, capacity))
{
}

int TickModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ticks.size());
}

int TickModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TickModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Price: return tr("Price");
    case Change: return tr("Change");
    case Volume: return tr("Volume");
    case Side: return tr("Side");
    }
    return {};
}

QVariant TickModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tick &t = m_ticks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(t, index.column());
    case Qt::ForegroundRole: return foreground(t, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Price && index.column() <= Volume ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant TickModel::display(const Tick &t, int column) const
{
    switch (column) {
    case Time: return QuoteFormat::time(t.timeMs);
    case Code: return t.code;
    case Name: return m_names ? m_names->name(t.code) : QString();
    case Price: return QuoteFormat::price(t.price);
    case Change: return QuoteFormat::change(t.change);
    case Volume: return QuoteFormat::number(t.volume);
    case Side:
        if (t.side == cybos::Side::Buy)
            return tr("Buy");
        if (t.side == cybos::Side::Sell)
            return tr("Sell");
        return QString();
    }
    return {};
}

QVariant TickModel::foreground(const Tick &t, int column) const
{
    if (column == Price || column == Change)
        return QuoteFormat::directionBrush(t.change);
    // Korean tapes colour the trade by who took it: buyer-initiated red, seller-initiated blue.
    if (column == Volume || column == Side) {
        if (t.side == cybos::Side::Buy)
            return QBrush(QuoteFormat::riseColor());
        if (t.side == cybos::Side::Sell)
            return QBrush(QuoteFormat::fallColor());
    }
    return {};
}

void TickModel::append(const TickList &ticks)
{
    if (ticks.isEmpty())
        return;
    // Only the newest `capacity` of a large batch can ever be shown.
    const qsizetype take = qMin<qsizetype>(ticks.size(), m_capacity);
    const qsizetype overflow = m_ticks.size() + take - m_capacity;
    if (overflow > 0) {
        const int from = int(m_ticks.size() - overflow);
        beginRemoveRows({}, from, int(m_ticks.size()) - 1);
        m_ticks.resize(from);
        endRemoveRows();
    }
    beginInsertRows({}, 0, int(take) - 1);
    QList<Tick> fresh;
    fresh.reserve(take + m_ticks.size());
    for (qsizetype i = ticks.size() - 1; i >= ticks.size() - take; --i)
        fresh << ticks.at(i);
    fresh << m_ticks;
    m_ticks = std::move(fresh);
    endInsertRows();
}

} // namespace cybos
