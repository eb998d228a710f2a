#pragma once
// The Tick tape dock: the newest trades scrolling in at the top.
#include <QDockWidget>

class QTableView;

namespace cybos {

class TickModel;

class TickDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TickDock(TickModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    QTableView *m_view;
};

} // namespace cybos
