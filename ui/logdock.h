#pragma once
// The Log dock: the user-facing event log, filterable by minimum level and by text.
#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace cybos {

class LogModel;
class LogFilter;

class LogDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit LogDock(LogModel *model, QWidget *parent = nullptr);
    LogFilter *filter() const { return m_filter; }

private:
    void levelChosen(int index);

    LogFilter *m_filter;
    QComboBox *m_level;
    QLineEdit *m_search;
    QTableView *m_view;
};

} // namespace cybos
