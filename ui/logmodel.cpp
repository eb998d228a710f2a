#include "logmodel.h"
#include "quoteformat.h"
#include <QBrush>

namespace cybos {

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(qMax(1, capacity))
{
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::levelText(LogEvent::Level level)
{
    switch (level) {
    case LogEvent::Level::Debug: return tr("Debug");
    case LogEvent::Level::Info: return tr("Info");
    case LogEvent::Level::Warning: return tr("Warning");
    case LogEvent::Level::Error: return tr("Error");
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Level: return tr("Level");
    case Source: return tr("Source");
    case Message: return tr("Message");
    }
    return {};
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEvent &e = m_events.at(index.row());
    if (role == LevelRole)
        return int(e.level);
    if (role == Qt::ForegroundRole) {
        if (e.level == LogEvent::Level::Error)
            return QBrush(QuoteFormat::riseColor());
        if (e.level == LogEvent::Level::Warning)
            return QBrush(QColor(0xa8, 0x62, 0x00));
        if (e.level == LogEvent::Level::Debug)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time: return QuoteFormat::dateTime(e.timeMs);
    case Level: return levelText(e.level);
    case Source: return e.source;
    case Message: return e.message;
    }
    return {};
}

void LogModel::addEvent(const LogEvent &event)
{
    if (m_events.size() >= m_capacity) {
        beginRemoveRows({}, m_capacity - 1, int(m_events.size()) - 1);
        m_events.resize(m_capacity - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_events.prepend(event);
    endInsertRows();
}

LogFilter::LogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void LogFilter::setMinimumLevel(LogEvent::Level level)
{
    m_minimum = level;
    invalidateFilter();
}

bool LogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(LogModel::LevelRole).toInt() < int(m_minimum))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace cybos
