#include "logdock.h"
#include "logmodel.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace cybos {

LogDock::LogDock(LogModel *model, QWidget *parent)
    : QDockWidget(tr("Log"), parent), m_filter(new LogFilter(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_filter->setSourceModel(model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    auto *body = new QWidget(this);
    auto *box = new QVBoxLayout(body);
    box->setContentsMargins(4, 4, 4, 4);
    box->setSpacing(4);
    auto *row = new QHBoxLayout;
    m_level = new QComboBox(body);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_level->addItem(tr("All levels"), int(LogEvent::Level::Debug));
    m_level->addItem(tr("Info and above"), int(LogEvent::Level::Info));
    m_level->addItem(tr("Warnings and errors"), int(LogEvent::Level::Warning));
    m_level->addItem(tr("Errors only"), int(LogEvent::Level::Error));
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_level);
    row->addWidget(m_search, 1);
    box->addLayout(row);
    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("logTable"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(LogModel::Time, 140);
    m_view->setColumnWidth(LogModel::Level, 56);
    m_view->setColumnWidth(LogModel::Source, 72);
    box->addWidget(m_view, 1);
    setWidget(body);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogDock::levelChosen);
    connect(m_search, &QLineEdit::textChanged, m_filter, &LogFilter::setFilterFixedString);
    m_level->setCurrentIndex(1);
}

void LogDock::levelChosen(int index)
{
    m_filter->setMinimumLevel(LogEvent::Level(m_level->itemData(index).toInt()));
}

} // namespace cybos
