#include "logdock.h"
#include "logmodel.h"
#include "viewstyle.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace cybos {

LogDock::LogDock(LogModel *model, QWidget *parent)
    : QDockWidget(tr("Log"), parent), m_filter(new LogFilter(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_filter->setSourceModel(model);
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
    ViewStyle::makeDense(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    ViewStyle::fitColumns(m_view, {QStringLiteral("2026-11-26 00:00:00"), QStringLiteral("Warning"), QStringLiteral("forwarder")});
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
