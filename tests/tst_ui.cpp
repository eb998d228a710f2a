// The main window on fakes: docks by objectName, the budget gauges following a scripted feed,
// the connection dock, the grid fed through a real TickBus, add/remove/filter in the grid,
// the log dock, the layout saved between runs, close-to-tray and the screenshot.
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "core/pipeline/tickbus.h"
#include "tempdb.h"
#include "tst_ui_fakes.h"
#include "ui/desktop.h"
#include "ui/livemodels.h"
#include "ui/mainwindow.h"
#include "ui/quotedock.h"
#include "ui/quoteformat.h"
#include "ui/quotemodel.h"
#include "ui/screenshotter.h"
#include <QBrush>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace cybos;
using test::makeTick;

class TestUi : public QObject
{
    Q_OBJECT

    test::TempDb m_tmp;
    test::UiFakeServices *m_services = nullptr;
    test::UiFakeStatus m_status;
    test::UiFakeSeq m_seq;
    TickBus *m_bus = nullptr;
    QuoteCache *m_cache = nullptr;
    EventLog *m_log = nullptr;
    Desktop *m_desktop = nullptr;

    UiContext context()
    {
        UiContext ctx;
        ctx.services = m_services;
        ctx.bus = m_bus;
        ctx.quotes = m_cache;
        ctx.status = &m_status;
        ctx.log = m_log;
        ctx.config.configFile = m_tmp.dir() + QStringLiteral("/settings.ini");
        ctx.stockList = [] {
            return QList<QPair<QString, QString>>{{QStringLiteral("005930"), QStringLiteral("삼성전자")},
                                                  {QStringLiteral("005935"), QStringLiteral("삼성전자우")},
                                                  {QStringLiteral("000660"), QStringLiteral("SK하이닉스")}};
        };
        ctx.apiBaseUrl = QStringLiteral("http://127.0.0.1:8000");
        return ctx;
    }
    MainWindow *window() const { return m_desktop->window(); }
    template<typename T>
    T *find(const char *name) const
    {
        T *w = window()->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    QString text(const char *label) const { return find<QLabel>(label)->text(); }

private Q_SLOTS:
    void init()
    {
        m_services = new test::UiFakeServices;
        m_bus = new TickBus(&m_seq);
        m_cache = new QuoteCache;
        m_log = new EventLog(100);
        m_desktop = new Desktop(context());
        m_desktop->start(false);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }
    void cleanup()
    {
        delete m_desktop;
        delete m_log;
        delete m_cache;
        delete m_bus;
        delete m_services;
        QFile::remove(m_tmp.dir() + QStringLiteral("/settings.ini"));
    }

    void docksAreThere()
    {
        for (const char *name : {"connectionDock", "budgetDock", "quoteDock", "tickDock", "logDock"}) {
            QDockWidget *dock = find<QDockWidget>(name);
            QVERIFY2(dock, name);
            QVERIFY(dock->isVisible());
            QVERIFY(dock->features() & QDockWidget::DockWidgetMovable);
        }
        QVERIFY(find<QLabel>("ticksRateLabel"));
        QVERIFY(find<QLabel>("storedRateLabel"));
    }

    void budgetGaugesFollowTheFeed_data()
    {
        QTest::addColumn<int>("remaining");
        QTest::addColumn<int>("resetInMs");
        QTest::addColumn<QList<int>>("queued");
        QTest::addColumn<int>("used");
        QTest::addColumn<QString>("refill");
        QTest::newRow("idle") << 60 << 0 << QList<int>{0, 0, 0} << 0 << "All requests available";
        QTest::newRow("busy") << 12 << 9000 << QList<int>{2, 1, 40} << 120 << "Refills in 9.0 s";
        QTest::newRow("exhausted") << 0 << 14500 << QList<int>{5, 3, 900} << 400 << "Refills in 14.5 s";
    }
    void budgetGaugesFollowTheFeed()
    {
        QFETCH(int, remaining);
        QFETCH(int, resetInMs);
        QFETCH(QList<int>, queued);
        QFETCH(int, used);
        QFETCH(QString, refill);
        BudgetStatus b;
        b.requests.remaining = remaining;
        b.requests.resetInMs = resetInMs;
        for (int i = 0; i < 3; ++i)
            b.queued[i] = queued[i];
        b.subscriptions.used = used;
        m_services->setBudget(b); // emits budgetChanged: the dock follows at once
        auto *requests = find<QProgressBar>("requestsGauge");
        QCOMPARE(requests->maximum(), 60);
        QCOMPARE(requests->value(), remaining);
        auto *subs = find<QProgressBar>("subscriptionsGauge");
        QCOMPARE(subs->maximum(), 400);
        QCOMPARE(subs->value(), used);
        QVERIFY2(text("refillValue").startsWith(refill.left(10)), qPrintable(text("refillValue")));
        QCOMPARE(text("queuedInteractive"), QuoteFormat::number(queued[0]));
        QCOMPARE(text("queuedSync"), QuoteFormat::number(queued[1]));
        QCOMPARE(text("queuedBackfill"), QuoteFormat::number(queued[2]));
        QVERIFY(text("requestsLabel").contains(QStringLiteral("%1/60").arg(remaining)));
        QVERIFY(text("subscriptionsLabel").contains(QStringLiteral("%1/400").arg(used)));
    }

    void refillCountsDown()
    {
        BudgetStatus b;
        b.requests.remaining = 10;
        b.requests.resetInMs = 3000;
        m_services->setBudget(b);
        const QString first = text("refillValue");
        // The fake never updates resetInMs: the dock keeps counting from its own deadline.
        QTRY_VERIFY_WITH_TIMEOUT(text("refillValue") != first, 2000);
        QVERIFY(text("refillValue").startsWith(QStringLiteral("Refills in 2.")));
    }

    void connectionDockShowsTheSnapshot()
    {
        m_desktop->models()->refreshStatus();
        QVERIFY(text("stateValue").contains(QStringLiteral("Connected")));
        QCOMPARE(text("backendValue"), QStringLiteral("Emulator"));
        QCOMPARE(text("serverTypeValue"), QStringLiteral("CybosPlus server"));
        QCOMPARE(text("apiValue"), QStringLiteral("http://127.0.0.1:18000"));
        QCOMPARE(text("clientsValue"), QStringLiteral("3"));
        QVERIFY(text("databaseValue").contains(QStringLiteral("/tmp/cybos.db")));
        QVERIFY(text("databaseValue").contains(QStringLiteral("5.0 MB")));
        QVERIFY(text("sinceValue").contains(QuoteFormat::dateTime(1'700'000'000'000)));
        QCOMPARE(text("forwarderValue"), QStringLiteral("Off"));
        QVERIFY(text("ticksRateLabel").contains(QStringLiteral("1,234")));
        m_status.status.feed.connected = false;
        m_status.status.forwarder = {true, QStringLiteral("backoff"), 10, 2500, QStringLiteral("refused")};
        m_desktop->models()->refreshStatus();
        QVERIFY(text("stateValue").contains(QStringLiteral("Disconnected")));
        QCOMPARE(text("forwarderValue"), QStringLiteral("Retrying, 2,500 waiting"));
    }

    void gridFollowsTheTickBus()
    {
        m_services->pin({QStringLiteral("005930"), QStringLiteral("000660")});
        auto *table = find<QTableView>("quoteTable");
        QAbstractItemModel *grid = table->model();
        QCOMPARE(grid->rowCount(), 2);
        for (int i = 0; i < 500; ++i) { // a burst: the grid shows only the last of each code
            m_bus->publish(makeTick(QStringLiteral("005930"), 75000 + i, 1500));
            m_bus->publish(makeTick(QStringLiteral("000660"), 190000 - i, -4200));
        }
        const QuoteModel *model = m_desktop->models()->quotes();
        const int samsung = model->rowOf(QStringLiteral("005930"));
        QTRY_COMPARE(model->index(samsung, QuoteModel::Price).data().toString(), QStringLiteral("75,499"));
        const int hynix = model->rowOf(QStringLiteral("000660"));
        QCOMPARE(model->index(hynix, QuoteModel::Price).data().toString(), QStringLiteral("189,501"));
        QCOMPARE(model->index(samsung, QuoteModel::Rate).data(Qt::ForegroundRole).value<QBrush>().color(), QuoteFormat::riseColor());
        QCOMPARE(model->index(hynix, QuoteModel::Rate).data(Qt::ForegroundRole).value<QBrush>().color(), QuoteFormat::fallColor());
        QCOMPARE(model->index(samsung, QuoteModel::Time).data().toString(), QuoteFormat::time(makeTick({}, 0, 0).timeMs));
        auto *tape = find<QTableView>("tickTable");
        QTRY_COMPARE(tape->model()->rowCount(), 500);
    }

    void addCompletesNamesAndPins()
    {
        auto *add = find<QLineEdit>("addEdit");
        QCompleter *completer = add->completer();
        QVERIFY(completer);
        completer->setCompletionPrefix(QStringLiteral("하이닉스"));
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("000660 SK하이닉스"));
        completer->setCompletionPrefix(QStringLiteral("삼성"));
        QCOMPARE(completer->completionCount(), 2);
        add->setText(QStringLiteral("005930 삼성전자"));
        QTest::mouseClick(find<QToolButton>("addButton"), Qt::LeftButton);
        QCOMPARE(m_services->pinCalls, QList<QStringList>{{QStringLiteral("005930")}});
        QCOMPARE(find<QTableView>("quoteTable")->model()->rowCount(), 1);
        QVERIFY(add->text().isEmpty());
        add->setText(QStringLiteral("없는회사"));
        QTest::keyClick(add, Qt::Key_Return);
        QCOMPARE(m_services->pinCalls.size(), 1);
        QVERIFY(window()->statusBar()->currentMessage().contains(QStringLiteral("없는회사")));
    }

    void pinErrorsAreShown()
    {
        m_services->limit = 1;
        m_services->pin({QStringLiteral("005930")});
        find<QLineEdit>("addEdit")->setText(QStringLiteral("SK하이닉스"));
        QTest::mouseClick(find<QToolButton>("addButton"), Qt::LeftButton);
        QCOMPARE(m_services->pinCalls.last(), QStringList{QStringLiteral("000660")});
        QCOMPARE(window()->statusBar()->currentMessage(), QuoteDock::errorText(makeError(QStringLiteral("subscription_limit"), {})));
        QCOMPARE(find<QTableView>("quoteTable")->model()->rowCount(), 1);
    }

    void removeUnpinsTheSelection()
    {
        m_services->pin({QStringLiteral("005930"), QStringLiteral("000660")});
        auto *table = find<QTableView>("quoteTable");
        table->selectRow(0);
        const QString code = table->model()->index(0, QuoteModel::Code).data().toString();
        QTest::mouseClick(find<QToolButton>("removeButton"), Qt::LeftButton);
        QCOMPARE(m_services->unpinCalls, QStringList{code});
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void filterNarrowsTheGrid()
    {
        m_services->pin({QStringLiteral("005930"), QStringLiteral("000660")});
        auto *table = find<QTableView>("quoteTable");
        find<QLineEdit>("filterEdit")->setText(QStringLiteral("하이닉스"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, QuoteModel::Code).data().toString(), QStringLiteral("000660"));
        find<QLineEdit>("filterEdit")->clear();
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void sortingUsesNumbers()
    {
        m_services->pin({QStringLiteral("005930"), QStringLiteral("000660")});
        m_bus->publish(makeTick(QStringLiteral("005930"), 9000, 10));
        m_bus->publish(makeTick(QStringLiteral("000660"), 10000, 10)); // "10,000" < "9,000" as text
        m_bus->flush();
        QTRY_COMPARE(m_desktop->models()->quotes()->pricedRows(), 2);
        auto *table = find<QTableView>("quoteTable");
        table->sortByColumn(QuoteModel::Price, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, QuoteModel::Code).data().toString(), QStringLiteral("005930"));
    }

    void logDockFiltersByLevel()
    {
        m_log->warning(QStringLiteral("storage"), QStringLiteral("disk almost full"));
        m_log->info(QStringLiteral("feed"), QStringLiteral("connected"));
        auto *table = find<QTableView>("logTable");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        auto *level = find<QComboBox>("levelCombo");
        level->setCurrentIndex(2); // warnings and errors
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("disk almost full"));
    }

    void layoutIsSavedBetweenRuns()
    {
        find<QDockWidget>("tickDock")->hide();
        delete m_desktop; // saves
        m_desktop = new Desktop(context());
        m_desktop->start(false);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY(find<QDockWidget>("tickDock")->isHidden());
        QVERIFY(find<QDockWidget>("logDock")->isVisible());
        window()->resetLayout();
        QVERIFY(find<QDockWidget>("tickDock")->isVisible());
    }

    void closingHidesToTheTray()
    {
        QSignalSpy hidden(window(), &MainWindow::hiddenToTray);
        window()->setHideOnClose(true);
        window()->close();
        QCOMPARE(hidden.size(), 1);
        QVERIFY(!window()->isVisible());
        m_desktop->activate();
        QVERIFY(window()->isVisible());
        window()->allowClose();
        window()->close();
        QCOMPARE(hidden.size(), 1);
        QVERIFY(!window()->isVisible());
    }

    void screenshotWaitsForData()
    {
        const QString path = m_tmp.dir() + QStringLiteral("/shot.png");
        bool ready = false;
        Screenshotter shot(window(), [&ready] { return ready; }, path);
        shot.setQuitWhenDone(false);
        QSignalSpy finished(&shot, &Screenshotter::finished);
        shot.start(10000, 200);
        QTest::qWait(300);
        QVERIFY(finished.isEmpty()); // no data yet: keeps waiting
        ready = true;
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), window()->size() * window()->devicePixelRatio());
    }
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
