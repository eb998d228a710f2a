// The main window on fakes: docks by objectName, the budget gauges following a scripted feed,
// the connection dock, the layout saved between runs, close-to-tray and the screenshot.
#include "uifakes.h"
#include "ui/livemodels.h"
#include "ui/quoteformat.h"
#include "ui/screenshotter.h"
#include <QDockWidget>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

using namespace cybos;

class TestUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::UiFixture> f;

    QString text(const char *label) const { return f->find<QLabel>(label)->text(); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::UiFixture>();
        f->desktop->start(false);
        QVERIFY(QTest::qWaitForWindowExposed(f->window()));
    }
    void cleanup() { f.reset(); }

    void docksAreThere()
    {
        for (const char *name : {"connectionDock", "budgetDock", "quoteDock", "tickDock", "logDock"}) {
            QDockWidget *dock = f->find<QDockWidget>(name);
            QVERIFY2(dock, name);
            QVERIFY(dock->isVisible());
            QVERIFY(dock->features() & QDockWidget::DockWidgetMovable);
        }
        QVERIFY(f->find<QLabel>("ticksRateLabel"));
        QVERIFY(f->find<QLabel>("storedRateLabel"));
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
        f->services.setBudget(b); // emits budgetChanged: the dock follows at once
        auto *requests = f->find<QProgressBar>("requestsGauge");
        QCOMPARE(requests->maximum(), 60);
        QCOMPARE(requests->value(), remaining);
        auto *subs = f->find<QProgressBar>("subscriptionsGauge");
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
        b.requests.resetInMs = 30000;
        f->services.setBudget(b);
        const QString first = text("refillValue");
        // The fake never updates resetInMs: the dock keeps counting from its own deadline.
        // Seconds of slack either way: a loaded 2-core machine may paint late.
        QTRY_VERIFY_WITH_TIMEOUT(text("refillValue") != first, 10000);
        QVERIFY2(text("refillValue").startsWith(QStringLiteral("Refills in 2")), qPrintable(text("refillValue")));
    }

    void connectionDockShowsTheSnapshot()
    {
        f->desktop->models()->refreshStatus();
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
        f->status.status.feed.connected = false;
        f->status.status.forwarder = {true, QStringLiteral("backoff"), 10, 2500, QStringLiteral("refused")};
        f->desktop->models()->refreshStatus();
        QVERIFY(text("stateValue").contains(QStringLiteral("Disconnected")));
        QCOMPARE(text("forwarderValue"), QStringLiteral("Retrying, 2,500 waiting"));
    }

    void layoutIsSavedBetweenRuns()
    {
        f->find<QDockWidget>("tickDock")->hide();
        f->rebuild(); // the old window saves its layout, the new one restores it
        f->desktop->start(false);
        QVERIFY(QTest::qWaitForWindowExposed(f->window()));
        QVERIFY(f->find<QDockWidget>("tickDock")->isHidden());
        QVERIFY(f->find<QDockWidget>("logDock")->isVisible());
        f->window()->resetLayout();
        QVERIFY(f->find<QDockWidget>("tickDock")->isVisible());
    }

    void closingHidesToTheTray()
    {
        QSignalSpy hidden(f->window(), &MainWindow::hiddenToTray);
        f->window()->setHideOnClose(true);
        f->window()->close();
        QCOMPARE(hidden.size(), 1);
        QVERIFY(!f->window()->isVisible());
        f->desktop->activate();
        QVERIFY(f->window()->isVisible());
        f->window()->allowClose();
        f->window()->close();
        QCOMPARE(hidden.size(), 1);
        QVERIFY(!f->window()->isVisible());
    }

    void screenshotWaitsForData()
    {
        const QString path = f->tmp.dir() + QStringLiteral("/shot.png");
        bool ready = false;
        Screenshotter shot(f->window(), [&ready] { return ready; }, path);
        shot.setQuitWhenDone(false);
        QSignalSpy finished(&shot, &Screenshotter::finished);
        shot.start(10000, 200);
        QVERIFY(!finished.wait(300)); // no data yet: keeps waiting
        ready = true;
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), f->window()->size() * f->window()->devicePixelRatio());
    }
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
