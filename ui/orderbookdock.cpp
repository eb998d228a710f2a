#include "orderbookdock.h"
#include "core/pipeline/quotecache.h"
#include "core/services/feedservices.h"
#include "orderbookmodel.h"
#include "quantitybardelegate.h"
#include "quoteformat.h"
#include "stockdirectory.h"
#include "uicontext.h"
#include "viewstyle.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cybos {

OrderBookDock::OrderBookDock(FeedServices *services, const QuoteCache *quotes, const StockDirectory *directory,
                             QWidget *parent)
    : QDockWidget(tr("Order book"), parent), m_services(services), m_quotes(quotes), m_directory(directory),
      m_model(new OrderBookModel(this))
{
    setObjectName(QStringLiteral("orderBookDock"));
    auto *body = new QWidget(this);
    auto *box = new QVBoxLayout(body);
    box->setContentsMargins(4, 4, 4, 4);
    box->setSpacing(4);
    box->addWidget(makeHeader());
    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("bookTable"));
    m_view->setModel(m_model);
    ViewStyle::makeDense(m_view);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setMinimumSectionSize(48);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *bars = new QuantityBarDelegate(m_view);
    m_view->setItemDelegateForColumn(OrderBookModel::AskQty, bars);
    m_view->setItemDelegateForColumn(OrderBookModel::BidQty, bars);
    box->addWidget(m_view, 1);
    m_totals = new QLabel(body);
    m_totals->setObjectName(QStringLiteral("bookTotals"));
    box->addWidget(m_totals);
    setWidget(body);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, [this] { m_model->setBook(m_pending); showBook(); });
    if (m_services) {
        connect(m_services, &FeedServices::orderBookReceived, this, &OrderBookDock::applyBook);
        connect(m_services, &FeedServices::subscriptionsChanged, this, &OrderBookDock::follow);
        connect(m_services, &FeedServices::connectionChanged, this, [this](bool up) { if (up) follow(); });
    }
    showBook();
}

QWidget *OrderBookDock::makeHeader()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Select a code in the quote grid"), bar);
    m_title->setObjectName(QStringLiteral("bookTitle"));
    m_mode = new QLabel(bar);
    m_mode->setObjectName(QStringLiteral("bookMode"));
    m_refresh = new QToolButton(bar);
    m_refresh->setObjectName(QStringLiteral("bookRefresh"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask for a snapshot of the book (one request of the budget)"));
    m_refresh->setEnabled(false);
    row->addWidget(m_title, 1);
    row->addWidget(m_mode);
    row->addWidget(m_refresh);
    connect(m_refresh, &QToolButton::clicked, this, &OrderBookDock::refresh);
    return bar;
}

void OrderBookDock::setCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    m_coalesce.stop();
    m_model->clear();
    const QString name = m_directory ? m_directory->name(code) : QString();
    m_title->setText(name.isEmpty() ? code : code + u' ' + name);
    m_refresh->setEnabled(!code.isEmpty());
    if (const auto q = m_quotes ? m_quotes->latest(code) : std::nullopt)
        m_model->setLastTrade(q->price, q->prevClose);
    m_live = false;
    follow();
    if (!code.isEmpty())
        refresh();   // the person just asked for this code: one snapshot to start from
}

void OrderBookDock::follow()
{
    if (!m_services)
        return;
    const bool streams = !m_code.isEmpty() && m_services->isSubscribed(m_code);
    const Status st = m_services->followOrderBook(streams ? m_code : QString());
    m_live = streams && st.ok();
    showBook();
}

void OrderBookDock::refresh()
{
    if (!m_services || m_code.isEmpty())
        return;
    m_mode->setText(tr("Loading…"));
    m_refresh->setEnabled(false);
    QCoro::connect(m_services->orderBook(m_code, kPersonWaitMs), this, [this, code = m_code](const Result<OrderBook> &r) {
        if (code != m_code)
            return;   // another code was selected meanwhile
        m_refresh->setEnabled(true);
        if (!r) {
            showError(r.error());
            return;
        }
        m_model->setBook(*r);
        showBook();
    });
}

void OrderBookDock::applyBook(const OrderBook &book)
{
    if (book.code != m_code || m_code.isEmpty())
        return;
    m_pending = book;
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void OrderBookDock::applyTicks(const QHash<QString, Tick> &latest)
{
    const auto it = latest.constFind(m_code);
    if (it != latest.cend())
        m_model->setLastTrade(it->price, it->price - it->change);
}

void OrderBookDock::showBook()
{
    const OrderBook &b = m_model->book();
    if (m_code.isEmpty())
        m_mode->clear();
    else if (m_live)
        m_mode->setText(tr("Live"));
    else if (b.timeMs > 0)
        m_mode->setText(tr("Snapshot %1").arg(QuoteFormat::time(b.timeMs)));
    m_totals->setText(b.timeMs > 0 ? tr("Total ask %1 · Total bid %2 · %3")
                                         .arg(QuoteFormat::number(b.totalAskQty), QuoteFormat::number(b.totalBidQty),
                                              QuoteFormat::time(b.timeMs))
                                   : QString());
}

void OrderBookDock::showError(const Error &error)
{
    QString text;
    if (error.code == ErrorCode::BudgetExhausted)
        text = tr("Request budget used up: try again in %n s", nullptr, (error.retryAfterMs + 999) / 1000);
    else
        text = tr("No order book: %1").arg(error.message);
    if (!m_live)   // a live book needs no snapshot: keep saying so
        m_mode->setText(text);
    Q_EMIT messagePosted(text);
}

} // namespace cybos
