// The tray: its menu reuses the main window's QActions and each does the right thing, the
// health colour follows the status, notifications on disconnect and reconnect, and without a
// system tray (as under offscreen) the window stays the main surface.
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "tempdb.h"
#include "uifakes.h"
#include "ui/appactions.h"
#include "ui/desktop.h"
#include "ui/health.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/traycontroller.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace cybos;

class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestUiTray : public QObject
{
    Q_OBJECT

    test::TempDb m_tmp;
    test::UiFakeServices m_services;
    test::UiFakeStatus m_status;
    QuoteCache m_cache;
    EventLog m_log;
    std::unique_ptr<Desktop> m_desktop;

    AppActions *actions() const { return m_desktop->actions(); }
    TrayController *tray() const { return m_desktop->tray(); }

    QList<QAction *> windowMenuActions() const
    {
        QList<QAction *> all;
        for (QAction *menu : m_desktop->window()->menuBar()->actions())
            all << menu->menu()->actions();
        return all;
    }

private Q_SLOTS:
    void init()
    {
        m_status = test::UiFakeStatus();
        UiContext ctx;
        ctx.services = &m_services;
        ctx.quotes = &m_cache;
        ctx.status = &m_status;
        ctx.log = &m_log;
        ctx.config.configFile = m_tmp.dir() + QStringLiteral("/settings.ini");
        ctx.config.bind = QStringLiteral("127.0.0.1");
        ctx.config.backend = BackendKind::Emulator;
        ctx.config.dbPath = m_tmp.path();
        ctx.apiBaseUrl = QStringLiteral("http://127.0.0.1:8000");
        m_desktop = std::make_unique<Desktop>(ctx);
        tray()->setNotificationsEnabled(false);
    }
    void cleanup() { m_desktop.reset(); }

    void menuReusesTheWindowsActions()
    {
        const QList<QAction *> trayActions = tray()->menu()->actions();
        const QList<QAction *> windowActions = windowMenuActions();
        for (QAction *a : {actions()->syncCodes(), actions()->pauseFeed(), actions()->copyApiAddress(),
                           actions()->openApiDocs(), actions()->settings(), actions()->quit()}) {
            QVERIFY2(trayActions.contains(a), qPrintable(a->objectName()));
            QVERIFY2(windowActions.contains(a), qPrintable(a->objectName()));
        }
        QVERIFY(trayActions.contains(actions()->showWindow()));
    }

    void showWindowShowsIt()
    {
        QVERIFY(!m_desktop->window()->isVisible());
        actions()->showWindow()->trigger();
        QVERIFY(m_desktop->window()->isVisible());
    }

    void syncStartsACodeSync()
    {
        actions()->syncCodes()->trigger();
        QCOMPARE(m_services.codeSyncs, 1);
        actions()->syncCodes()->trigger();
        QCOMPARE(m_services.codeSyncs, 2);
        QVERIFY(m_desktop->window()->statusBar()->currentMessage().contains(QStringLiteral("already running")));
    }

    void pauseAndResume()
    {
        QSignalSpy pause(m_desktop.get(), &Desktop::pauseRequested);
        auto *paused = m_desktop->window()->findChild<QLabel *>(QStringLiteral("pausedLabel"));
        actions()->pauseFeed()->trigger();
        QCOMPARE(pause.size(), 1);
        QCOMPARE(pause.at(0).at(0).toBool(), true);
        QVERIFY(actions()->pauseFeed()->isChecked());
        QVERIFY(!paused->isHidden());
        actions()->pauseFeed()->trigger();
        QCOMPARE(pause.size(), 2);
        QCOMPARE(pause.at(1).at(0).toBool(), false);
        QVERIFY(paused->isHidden());
    }

    void copiesTheLiveApiAddress()
    {
        actions()->copyApiAddress()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://127.0.0.1:18000"));
        m_status.status.server.address.clear(); // not listening yet: the configured address
        actions()->copyApiAddress()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://127.0.0.1:8000"));
    }

    void opensTheApiDocs()
    {
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &recorder, "open");
        actions()->openApiDocs()->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(recorder.opened, QList<QUrl>{QUrl(QStringLiteral("http://127.0.0.1:18000/docs"))});
    }

    void settingsOpensOneDialog()
    {
        actions()->settings()->trigger();
        SettingsDialog *dialog = m_desktop->settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        actions()->settings()->trigger();
        QCOMPARE(m_desktop->settingsDialog(), dialog);
        dialog->reject();
    }

    void quitLetsTheWindowClose()
    {
        QSignalSpy quit(actions(), &AppActions::quitRequested);
        m_desktop->window()->setHideOnClose(true);
        m_desktop->window()->show();
        actions()->quit()->trigger();
        QCOMPARE(quit.size(), 1);
        m_desktop->window()->close(); // what QApplication does on quit: now it really closes
        QVERIFY(!m_desktop->window()->isVisible());
    }

    void healthFollowsTheStatus_data()
    {
        QTest::addColumn<bool>("connected");
        QTest::addColumn<int>("remaining");
        QTest::addColumn<qint64>("backlog");
        QTest::addColumn<QString>("storageError");
        QTest::addColumn<int>("health");
        QTest::newRow("healthy") << true << 60 << qint64(0) << QString() << int(Health::Connected);
        QTest::newRow("disconnected") << false << 60 << qint64(0) << QString() << int(Health::Disconnected);
        QTest::newRow("budget exhausted") << true << 0 << qint64(0) << QString() << int(Health::Degraded);
        QTest::newRow("writer lagging") << true << 60 << kWriterLagTicks << QString() << int(Health::Degraded);
        QTest::newRow("disk full") << true << 60 << qint64(0) << QStringLiteral("disk full") << int(Health::Degraded);
        QTest::newRow("down beats degraded") << false << 0 << kWriterLagTicks << QString() << int(Health::Disconnected);
    }
    void healthFollowsTheStatus()
    {
        QFETCH(bool, connected);
        QFETCH(int, remaining);
        QFETCH(qint64, backlog);
        QFETCH(QString, storageError);
        QFETCH(int, health);
        SystemStatus s = m_status.status;
        s.feed.connected = connected;
        s.budget.requests.remaining = remaining;
        s.database.writerBacklog = backlog;
        s.database.lastError = storageError;
        tray()->showStatus(s);
        QCOMPARE(int(tray()->health()), health);
        QCOMPARE(healthReason(s).isEmpty(), health == int(Health::Connected));
    }

    void toolTipHasTheEssentials()
    {
        tray()->showStatus(m_status.status);
        const QString tip = tray()->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Emulator")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("1,234/s")));
        QVERIFY(tip.contains(QStringLiteral("API clients: 3")));
        QVERIFY(tip.contains(QStringLiteral("Port: 18000")));
    }

    void notifiesOnDisconnectAndReconnect()
    {
        QVERIFY(tray()->lastNotification().isEmpty());
        m_services.setConnected(false);
        QCOMPARE(tray()->lastNotification(), QStringLiteral("Feed disconnected"));
        m_services.setConnected(true);
        QCOMPARE(tray()->lastNotification(), QStringLiteral("Feed reconnected"));
        m_services.setConnected(false);
        m_services.setConnected(false); // no change, no second message
        QCOMPARE(tray()->lastNotification(), QStringLiteral("Feed disconnected"));
    }

    void withoutATrayTheWindowIsTheApp()
    {
        if (QSystemTrayIcon::isSystemTrayAvailable())
            QSKIP("this desktop has a system tray");
        QVERIFY(!tray()->isAvailable());
        QVERIFY(QApplication::quitOnLastWindowClosed());
        m_desktop->start(true); // minimised, but there is nowhere else to go: shown
        QVERIFY(m_desktop->window()->isVisible());
        QSignalSpy hidden(m_desktop->window(), &MainWindow::hiddenToTray);
        m_desktop->window()->close();
        QCOMPARE(hidden.size(), 0);
    }
};

QTEST_MAIN(TestUiTray)
#include "tst_ui_tray.moc"
