#pragma once
// The user-facing event log as a table, newest first, bounded; plus the proxy that filters it
// by minimum level and text.
#include "core/log/eventlog.h"
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace cybos {

class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Level, Source, Message, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1 };

    explicit LogModel(int capacity = 2000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelText(LogEvent::Level level);

public Q_SLOTS:
    void addEvent(const cybos::LogEvent &event);

private:
    QList<LogEvent> m_events; // newest first
    int m_capacity;
};

class LogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilter(QObject *parent = nullptr);   // text matches any column, any case
    void setMinimumLevel(LogEvent::Level level);
    LogEvent::Level minimumLevel() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogEvent::Level m_minimum = LogEvent::Level::Debug;
};

} // namespace cybos
