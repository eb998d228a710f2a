#pragma once
// The Quote grid dock: the live grid (sortable, filterable), a field to add a code with name
// completion, and removal of the selected rows — adding pins the code, removing unpins it.
#include "core/domain/result.h"
#include <QDockWidget>

class QLineEdit;
class QLabel;
class QStringListModel;
class QTableView;

namespace cybos {

class FeedServices;
class QuoteFilter;
class QuoteModel;
class StockDirectory;

class QuoteDock : public QDockWidget
{
    Q_OBJECT
public:
    QuoteDock(QuoteModel *model, StockDirectory *directory, FeedServices *services, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QuoteFilter *proxy() const { return m_proxy; }
    static QString errorText(const Error &error);

public Q_SLOTS:
    void complete(const QString &text);   // ranks the add box's completions for what was typed
    void addFromField();      // pins what the add field names
    void removeSelected();    // unpins the selected rows

Q_SIGNALS:
    void messagePosted(const QString &text);
    void codeSelected(const QString &code);   // the current row's code (the chart and the book follow it)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeToolbar();
    void setupView();
    void updateCount();
    void refreshRows();

    QuoteModel *m_model;
    StockDirectory *m_directory;
    FeedServices *m_services;
    static constexpr int kCompletions = 12;

    QuoteFilter *m_proxy;
    QStringListModel *m_completions;
    QTableView *m_view;
    QLineEdit *m_filter, *m_add;
    QLabel *m_count;
};

} // namespace cybos
