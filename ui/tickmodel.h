#pragma once
// The tick tape: the newest trades on top, bounded (500 rows by default) so memory and paint
// cost stay flat at any tick rate. Fed in batches by the coalescer.
#include "core/domain/tick.h"
#include <QAbstractTableModel>

namespace cybos {

class StockDirectory;

class TickModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Code, Name, Price, Change, Volume, Side, ColumnCount };

    explicit TickModel(const StockDirectory *names, int capacity = 500, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Ticks in seq order (oldest first), as the bus publishes them.
    void append(const TickList &ticks);
    int capacity() const { return m_capacity; }
    const Tick &tickAt(int row) const { return m_ticks.at(row); }

private:
    QVariant display(const Tick &t, int column) const;
    QVariant foreground(const Tick &t, int column) const;

    const StockDirectory *m_names;
    int m_capacity;
    QList<Tick> m_ticks; // newest first
};

} // namespace cybos
