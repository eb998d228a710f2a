#include "desktop.h"
#include "appactions.h"
#include "chartdock.h"
#include "chartmodel.h"
#include "orderbookdock.h"
#include "orderbookmodel.h"
#include "quotedock.h"
#include "core/services/feedservices.h"
#include "livemodels.h"
#include "mainwindow.h"
#include "quotemodel.h"
#include "screenshotter.h"
#include "settingsdialog.h"
#include "statusline.h"
#include "stockdirectory.h"
#include "tickcoalescer.h"
#include "traycontroller.h"
#include <QApplication>
#include <QFile>
#include <QTableView>

// Resources of a static library must be registered by hand, outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace cybos {

Desktop::Desktop(const UiContext &ctx, QObject *parent)
    : QObject(parent), m_ctx(ctx),
      m_directory(new StockDirectory(ctx.stockList, this)),
      m_models(new LiveModels(ctx, m_directory, this)),
      m_actions(new AppActions(ctx.services, ctx.status, ctx.apiBaseUrl, this)),
      m_window(new MainWindow(m_models, m_directory, ctx.services, m_actions, ctx.config.configFile)),
      m_tray(new TrayController(m_actions, ctx.services, this))
{
    initUiResources();
    QFile style(QStringLiteral(":/ui/style.qss"));
    if (style.open(QIODevice::ReadOnly))
        m_window->setStyleSheet(QString::fromUtf8(style.readAll()));
    connect(m_actions, &AppActions::showWindowRequested, this, &Desktop::activate);
    connect(m_actions, &AppActions::settingsRequested, this, &Desktop::openSettings);
    connect(m_actions, &AppActions::quitRequested, this, &Desktop::quit);
    connect(m_actions, &AppActions::pauseRequested, this, &Desktop::pauseRequested);
    connect(m_models, &LiveModels::statusRefreshed, m_tray, &TrayController::showStatus);
    connect(m_window, &MainWindow::hiddenToTray, m_tray, &TrayController::windowHidden);
    // With a tray the app lives on when its window closes; without one the window is the app.
    m_window->setHideOnClose(m_tray->isAvailable());
    QApplication::setQuitOnLastWindowClosed(!m_tray->isAvailable());
    m_window->restoreLayout();
    m_models->refreshStatus();
    m_models->refreshBudget();
}

Desktop::~Desktop()
{
    m_window->saveLayout();
    delete m_settings;
    delete m_window;
}

SettingsDialog *Desktop::settingsDialog() const
{
    return m_settings;
}

void Desktop::start(bool minimized)
{
    if (m_tray->isAvailable() && minimized)
        return;
    if (minimized)
        m_window->showMinimized();
    else
        m_window->show();
}

void Desktop::addTicks(const TickList &batch)
{
    m_models->coalescer()->addBatch(batch);
    m_window->chartDock()->model()->addTicks(batch);
}

void Desktop::activate()
{
    m_window->bringToFront();
}

void Desktop::openSettings()
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_ctx.config, m_window);
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settings, &SettingsDialog::saved, this, &Desktop::settingsSaved);
    }
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
}

void Desktop::settingsSaved(const QStringList &restartNeeded)
{
    const QString text = restartNeeded.isEmpty()
                             ? tr("Settings saved.")
                             : tr("Settings saved. Restart Cybos Server to apply: %1").arg(restartNeeded.join(QStringLiteral(", ")));
    m_window->statusLine()->showMessage(text, 15000);
}

void Desktop::quit()
{
    m_window->saveLayout();
    m_window->allowClose();
    QCoreApplication::quit();
}

QStringList Desktop::screenshotCodes()
{
    return {QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("373220"), QStringLiteral("207940"),
            QStringLiteral("005380"), QStringLiteral("000270"), QStringLiteral("068270"), QStringLiteral("005490"),
            QStringLiteral("035420"), QStringLiteral("035720"), QStringLiteral("051910"), QStringLiteral("006400"),
            QStringLiteral("105560"), QStringLiteral("055550"), QStringLiteral("012330"), QStringLiteral("028260"),
            QStringLiteral("066570"), QStringLiteral("003550"), QStringLiteral("032830"), QStringLiteral("015760"),
            QStringLiteral("247540"), QStringLiteral("086520")};
}

void Desktop::takeScreenshot(const QString &path, int timeoutMs)
{
    // Watching (unlike pinning) is not saved: the user's pinned set stays as it was.
    if (m_ctx.services && m_ctx.services->subscribed().isEmpty())
        QCoro::connect(m_ctx.services->watch(screenshotCodes()), this, [](const Status &) {});
    QuoteModel *quotes = m_models->quotes();
    // The chart and the order book show the first code of the grid once it has one.
    auto select = [this, quotes] {
        QTableView *grid = m_window->quoteDock()->view();
        if (quotes->rowCount() > 0 && !grid->currentIndex().isValid())
            grid->setCurrentIndex(grid->model()->index(0, 0));
    };
    connect(quotes, &QAbstractItemModel::rowsInserted, this, select);
    select();
    const ChartModel *chart = m_window->chartDock()->model();
    const OrderBookModel *book = m_window->orderBookDock()->model();
    auto ready = [quotes, chart, book] {
        const int rows = quotes->rowCount();
        const bool chartDone = chart->state() != ChartModel::State::Loading && chart->state() != ChartModel::State::Empty;
        return rows > 0 && quotes->pricedRows() >= qMin(rows, 5) && chartDone && book->book().timeMs > 0;
    };
    auto *shot = new Screenshotter(m_window, ready, path, this);
    shot->start(timeoutMs);
}

} // namespace cybos
