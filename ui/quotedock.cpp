#include "quotedock.h"
#include "core/services/feedservices.h"
#include "quotefilter.h"
#include "quotemodel.h"
#include "stockdirectory.h"
#include "viewstyle.h"
#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cybos {

QuoteDock::QuoteDock(QuoteModel *model, StockDirectory *directory, FeedServices *services, QWidget *parent)
    : QDockWidget(tr("Quotes"), parent), m_model(model), m_directory(directory), m_services(services)
{
    setObjectName(QStringLiteral("quoteDock"));
    auto *body = new QWidget(this);
    auto *box = new QVBoxLayout(body);
    box->setContentsMargins(4, 4, 4, 4);
    box->setSpacing(4);
    m_proxy = new QuoteFilter(m_directory, this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QuoteModel::SortRole);
    box->addWidget(makeToolbar());
    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("quoteTable"));
    m_view->setModel(m_proxy);
    setupView();
    box->addWidget(m_view, 1);
    setWidget(body);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QuoteDock::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QuoteDock::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuoteDock::updateCount);
    updateCount();
}

QWidget *QuoteDock::makeToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_add = new QLineEdit(bar);
    m_add->setObjectName(QStringLiteral("addEdit"));
    m_add->setPlaceholderText(tr("Add: code, name or initials (ㅅㅅㅈㅈ)"));
    m_add->setClearButtonEnabled(true);
    // The directory ranks the completions (StockMatcher); the completer only shows them.
    m_completions = new QStringListModel(this);
    auto *completer = new QCompleter(m_completions, m_add);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setMaxVisibleItems(kCompletions);
    m_add->setCompleter(completer);
    auto *add = new QToolButton(bar);
    add->setObjectName(QStringLiteral("addButton"));
    add->setText(tr("Add"));
    auto *remove = new QToolButton(bar);
    remove->setObjectName(QStringLiteral("removeButton"));
    remove->setText(tr("Remove"));
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter: code, name or initials"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("countLabel"));
    row->addWidget(m_add, 2);
    row->addWidget(add);
    row->addWidget(remove);
    row->addSpacing(12);
    row->addWidget(m_filter, 1);
    row->addWidget(m_count);
    connect(m_add, &QLineEdit::returnPressed, this, &QuoteDock::addFromField);
    connect(add, &QToolButton::clicked, this, &QuoteDock::addFromField);
    connect(remove, &QToolButton::clicked, this, &QuoteDock::removeSelected);
    connect(m_add, &QLineEdit::textEdited, this, &QuoteDock::complete);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QuoteFilter::setQuery);
    return bar;
}

void QuoteDock::setupView()
{
    ViewStyle::makeDense(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    ViewStyle::fitColumns(m_view, {QStringLiteral("Q000000"), QStringLiteral("삼성바이오로직스"), QStringLiteral("1,000,000"),
                                   QStringLiteral("▲ 100,000"), QStringLiteral("+30.00%"), QStringLiteral("1,000,000"),
                                   QStringLiteral("1,000,000"), QStringLiteral("100,000,000"), QStringLiteral("10,000,000"),
                                   QStringLiteral("00:00:00")});
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT codeSelected(current.data(QuoteModel::CodeRole).toString());
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *remove = new QAction(tr("Remove from realtime"), m_view);
    connect(remove, &QAction::triggered, this, &QuoteDock::removeSelected);
    m_view->addAction(remove);
}

bool QuoteDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeSelected();
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

QString QuoteDock::errorText(const Error &error)
{
    if (error.code == ErrorCode::SubscriptionLimit)
        return tr("The subscription limit is reached: remove a code first");
    if (error.code == ErrorCode::UnknownCode || error.code == ErrorCode::InvalidCode)
        return tr("Unknown stock code");
    if (error.code == ErrorCode::FeedDisconnected)
        return tr("The feed is disconnected");
    return error.message;
}

void QuoteDock::complete(const QString &text)
{
    QStringList lines;
    for (const Stock &s : m_directory->search(text, kCompletions))
        lines << StockDirectory::completionLine(s);
    m_completions->setStringList(lines);
}

void QuoteDock::addFromField()
{
    const auto code = m_directory->resolve(m_add->text());
    if (!code) {
        Q_EMIT messagePosted(tr("No stock matches \"%1\"").arg(m_add->text().trimmed()));
        return;
    }
    m_add->clear();
    QCoro::connect(m_services->pin({*code}), this, [this, c = *code](const Result<QStringList> &r) {
        Q_EMIT messagePosted(r ? tr("%1 added to realtime").arg(c) : errorText(r.error()));
        refreshRows();
    });
}

void QuoteDock::removeSelected()
{
    QStringList codes;
    for (const QModelIndex &idx : m_view->selectionModel()->selectedRows())
        codes << idx.data(QuoteModel::CodeRole).toString();
    for (const QString &code : codes) {
        QCoro::connect(m_services->unpin(code), this, [this, code](const Result<QStringList> &r) {
            refreshRows();
            if (!r)
                Q_EMIT messagePosted(errorText(r.error()));
            else if (m_model->rowOf(code) >= 0)
                Q_EMIT messagePosted(tr("%1 is unpinned but stays subscribed while API clients watch it").arg(code));
            else
                Q_EMIT messagePosted(tr("%1 removed").arg(code));
        });
    }
}

void QuoteDock::refreshRows()
{
    // Normally subscriptionsChanged does this; asking again costs nothing and keeps the grid
    // right even when the change was a no-op.
    m_model->setCodes(m_services->subscribed());
}

void QuoteDock::updateCount()
{
    m_count->setText(tr("%n code(s)", nullptr, m_model->rowCount()));
}

} // namespace cybos
