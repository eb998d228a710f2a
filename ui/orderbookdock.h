#pragma once
// The Order book dock: ten asks over ten bids of the selected code with quantity bars,
// totals, the book's time and the last traded price highlighted. Live from the feed's
// realtime book (FeedServices::followOrderBook) while the code streams; otherwise a snapshot
// through the request budget when the code is selected or Refresh is pressed — never polled.
#include "core/domain/orderbook.h"
#include "core/domain/result.h"
#include "core/domain/tick.h"
#include <QDockWidget>
#include <QHash>
#include <QTimer>

class QLabel;
class QTableView;
class QToolButton;

namespace cybos {

class FeedServices;
class OrderBookModel;
class QuoteCache;
class StockDirectory;

class OrderBookDock : public QDockWidget
{
    Q_OBJECT
public:
    OrderBookDock(FeedServices *services, const QuoteCache *quotes, const StockDirectory *directory,
                  QWidget *parent = nullptr);

    OrderBookModel *model() const { return m_model; }
    QString code() const { return m_code; }
    bool isLive() const { return m_live; }

public Q_SLOTS:
    void setCode(const QString &code);
    void refresh();                           // one snapshot through the request budget
    void applyBook(const cybos::OrderBook &book);
    void applyTicks(const QHash<QString, cybos::Tick> &latest);

Q_SIGNALS:
    void messagePosted(const QString &text);

private:
    QWidget *makeHeader();
    void follow();                            // live when the code streams, else stop following
    void showBook();
    void showError(const Error &error);

    FeedServices *m_services;
    const QuoteCache *m_quotes;
    const StockDirectory *m_directory;
    OrderBookModel *m_model;
    QTableView *m_view;
    QLabel *m_title, *m_mode, *m_totals;
    QToolButton *m_refresh;
    QString m_code;
    bool m_live = false;
    OrderBook m_pending;                      // realtime books, applied at most ten times a second
    QTimer m_coalesce;
};

} // namespace cybos
