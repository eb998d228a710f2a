// The order book: OrderBookModel from a known snapshot (ten asks over ten bids, quantity
// shares, the traded price highlighted, Korean colours) under QAbstractItemModelTester, and
// the dock on fakes: a snapshot when a code is selected and on Refresh (never otherwise),
// the realtime book followed only for a streaming code, budget errors shown.
#include "core/domain/ksttime.h"
#include "uifakes.h"
#include "ui/orderbookdock.h"
#include "ui/orderbookmodel.h"
#include "ui/quotedock.h"
#include "ui/quoteformat.h"
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace cybos;

namespace {

// Asks 71,100..72,000 (quantities 100..1,000), bids 71,000..70,100 (quantities 50..500).
OrderBook snapshot(const QString &code = QStringLiteral("005930"))
{
    OrderBook b;
    b.code = code;
    b.timeMs = Kst::toEpochMs(QDate(2026, 12, 4), QTime(10, 15, 0));
    for (int i = 0; i < 10; ++i) {
        b.asks[size_t(i)] = BookLevel{71'100 + 100 * i, 100 * (i + 1)};
        b.bids[size_t(i)] = BookLevel{71'000 - 100 * i, 50 * (i + 1)};
    }
    b.totalAskQty = 5500;
    b.totalBidQty = 2750;
    return b;
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

} // namespace

class TestOrderBook : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::UiFixture> f;

private Q_SLOTS:
    void cleanup() { f.reset(); }

    void modelFromAKnownSnapshot()
    {
        OrderBookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(text(model, 0, OrderBookModel::Price), QString());   // empty until a book arrives
        model.setBook(snapshot());
        model.setLastTrade(71'100, 71'500);
        // Row 0 the tenth ask, row 9 the best ask, row 10 the best bid, row 19 the tenth bid.
        QCOMPARE(text(model, 0, OrderBookModel::Price), QStringLiteral("72,000"));
        QCOMPARE(text(model, 0, OrderBookModel::AskQty), QStringLiteral("1,000"));
        QCOMPARE(text(model, 0, OrderBookModel::BidQty), QString());
        QCOMPARE(text(model, 9, OrderBookModel::Price), QStringLiteral("71,100"));
        QCOMPARE(text(model, 10, OrderBookModel::Price), QStringLiteral("71,000"));
        QCOMPARE(text(model, 10, OrderBookModel::BidQty), QStringLiteral("50"));
        QCOMPARE(text(model, 10, OrderBookModel::AskQty), QString());
        QCOMPARE(text(model, 19, OrderBookModel::Price), QStringLiteral("70,100"));
        // Bars: shares of the largest quantity (1,000), own side only.
        QCOMPARE(model.index(0, OrderBookModel::AskQty).data(OrderBookModel::BarRole).toDouble(), 1.0);
        QCOMPARE(model.index(19, OrderBookModel::BidQty).data(OrderBookModel::BarRole).toDouble(), 0.5);
        QCOMPARE(model.index(19, OrderBookModel::AskQty).data(OrderBookModel::BarRole).toDouble(), 0.0);
        // The traded price stands out; prices above the previous close are red, below blue.
        QCOMPARE(model.rowOfPrice(71'100), 9);
        QVERIFY(model.index(9, OrderBookModel::Price).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(8, OrderBookModel::Price).data(Qt::FontRole).isValid());
        const auto colour = [&](int row) {
            return model.index(row, OrderBookModel::Price).data(Qt::ForegroundRole).value<QBrush>().color();
        };
        QCOMPARE(colour(0), QuoteFormat::riseColor());   // 72,000 > 71,500
        QCOMPARE(colour(9), QuoteFormat::fallColor());   // 71,100 < 71,500
        QCOMPARE(model.rowOfPrice(12'345), -1);
        model.clear();
        QCOMPARE(text(model, 9, OrderBookModel::Price), QString());
    }

    void dockTakesASnapshotOnDemand()
    {
        f = std::make_unique<test::UiFixture>();
        f->services.books.insert(QStringLiteral("005930"), snapshot());
        auto *dock = f->window()->orderBookDock();
        auto *refresh = f->find<QToolButton>("bookRefresh");
        QVERIFY(!refresh->isEnabled());
        dock->setCode(QStringLiteral("005930"));   // not streaming: a snapshot, no realtime book
        QTRY_COMPARE(text(*dock->model(), 9, OrderBookModel::Price), QStringLiteral("71,100"));
        QCOMPARE(f->services.bookCalls, 1);
        QCOMPARE(f->services.followed, QStringList{QString()});
        QVERIFY(!dock->isLive());
        QVERIFY(f->find<QLabel>("bookMode")->text().contains(QStringLiteral("10:15:00")));
        QVERIFY(f->find<QLabel>("bookTotals")->text().contains(QStringLiteral("5,500")));
        QTRY_VERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE(f->services.bookCalls, 2);
        // Nothing asks again by itself.
        QTest::qWait(300);
        QCOMPARE(f->services.bookCalls, 2);
        f->services.bookError = makeError(ErrorCode::BudgetExhausted, QStringLiteral("wait"), 4200);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY(f->find<QLabel>("bookMode")->text().contains(QStringLiteral("5")));
    }

    void dockFollowsTheRealtimeBookOfAStreamingCode()
    {
        f = std::make_unique<test::UiFixture>();
        f->services.pin({QStringLiteral("005930"), QStringLiteral("000660")});
        auto *dock = f->window()->orderBookDock();
        // Selecting a row of the grid shows its code.
        auto *grid = f->find<QTableView>("quoteTable");
        grid->setCurrentIndex(grid->model()->index(1, 0));
        const QString code = grid->model()->index(1, 0).data().toString();
        QCOMPARE(dock->code(), code);
        QCOMPARE(f->services.followed.last(), code);
        QVERIFY(dock->isLive());
        OrderBook live = snapshot(code);
        live.asks[0].qty = 4000;
        Q_EMIT f->services.orderBookReceived(snapshot(QStringLiteral("999999")));   // another code: ignored
        Q_EMIT f->services.orderBookReceived(live);
        QTRY_COMPARE(text(*dock->model(), 9, OrderBookModel::AskQty), QStringLiteral("4,000"));
        QCOMPARE(f->find<QLabel>("bookMode")->text(), OrderBookDock::tr("Live"));
        // The code stops streaming (the feed paused): the realtime book stops too.
        f->services.setPaused(true);
        QCOMPARE(f->services.followed.last(), QString());
        QVERIFY(!dock->isLive());
    }
};

QTEST_MAIN(TestOrderBook)
#include "tst_orderbook.moc"
