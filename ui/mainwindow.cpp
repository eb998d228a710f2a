#include "mainwindow.h"
#include "appactions.h"
#include "budgetdock.h"
#include "chartdock.h"
#include "connectiondock.h"
#include "core/domain/ksttime.h"
#include "icons.h"
#include "livemodels.h"
#include "logdock.h"
#include "orderbookdock.h"
#include "quotedock.h"
#include "statusline.h"
#include "tickcoalescer.h"
#include "tickdock.h"
#include <QAction>
#include <QCloseEvent>
#include <QMenuBar>
#include <QSettings>

namespace cybos {
namespace {
constexpr int kLayoutVersion = 2;   // 2: the order book and chart docks
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
} // namespace

MainWindow::MainWindow(LiveModels *models, StockDirectory *directory, FeedServices *services,
                       AppActions *actions, QString settingsFile, QWidget *parent)
    : QMainWindow(parent), m_settingsFile(std::move(settingsFile))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Cybos Server"));
    setWindowIcon(Icons::app());
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    buildDocks(models, directory, services);
    buildMenus(actions);
    m_status = new StatusLine(this);
    setStatusBar(m_status);
    connectModels(models, actions);
    resize(1600, 960);
    m_defaultState = saveState(kLayoutVersion);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks(LiveModels *models, StockDirectory *directory, FeedServices *services)
{
    m_connection = new ConnectionDock(this);
    m_budget = new BudgetDock(this);
    m_quoteDock = new QuoteDock(models->quotes(), directory, services, this);
    m_tickDock = new TickDock(models->ticks(), this);
    m_logDock = new LogDock(models->log(), this);
    m_bookDock = new OrderBookDock(services, models->context().quotes, directory, this);
    m_chartDock = new ChartDock(models->context().charts, directory, this);
    // The grid is the heart of the window: it takes the centre; the rest sit around it.
    setCentralWidget(nullptr);
    addDockWidget(Qt::LeftDockWidgetArea, m_connection);
    splitDockWidget(m_connection, m_quoteDock, Qt::Horizontal);
    splitDockWidget(m_connection, m_budget, Qt::Vertical);
    splitDockWidget(m_quoteDock, m_tickDock, Qt::Vertical);
    splitDockWidget(m_tickDock, m_logDock, Qt::Horizontal);
    // The chart under the grid and the book beside both: what a trader looks at first.
    splitDockWidget(m_quoteDock, m_bookDock, Qt::Horizontal);
    splitDockWidget(m_quoteDock, m_chartDock, Qt::Vertical);
    resizeDocks({m_connection, m_quoteDock, m_bookDock}, {290, 950, 340}, Qt::Horizontal);
    resizeDocks({m_quoteDock, m_chartDock, m_tickDock}, {280, 430, 190}, Qt::Vertical);
    resizeDocks({m_connection, m_budget}, {330, 300}, Qt::Vertical);
    resizeDocks({m_tickDock, m_logDock}, {560, 390}, Qt::Horizontal);
}

void MainWindow::buildMenus(AppActions *actions)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(actions->settings());
    file->addSeparator();
    file->addAction(actions->quit());
    QMenu *feed = menuBar()->addMenu(tr("F&eed"));
    feed->addAction(actions->syncCodes());
    feed->addAction(actions->pauseFeed());
    QMenu *api = menuBar()->addMenu(tr("&API"));
    api->addAction(actions->copyApiAddress());
    api->addAction(actions->openApiDocs());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_quoteDock), static_cast<QDockWidget *>(m_tickDock),
                              static_cast<QDockWidget *>(m_logDock), static_cast<QDockWidget *>(m_connection),
                              static_cast<QDockWidget *>(m_budget), static_cast<QDockWidget *>(m_bookDock),
                              static_cast<QDockWidget *>(m_chartDock)})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *reset = view->addAction(tr("&Reset layout"));
    reset->setObjectName(QStringLiteral("actionResetLayout"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);
}

void MainWindow::connectModels(LiveModels *models, AppActions *actions)
{
    connect(models, &LiveModels::statusRefreshed, this, [this](const SystemStatus &s) {
        m_connection->showStatus(s, Kst::nowMs());
        m_status->showStatus(s);
    });
    connect(models, &LiveModels::budgetRefreshed, this, [this](const BudgetStatus &b) {
        m_budget->showBudget(b, Kst::nowMs());
        m_status->showBudget(b);
    });
    auto post = [this](const QString &text) { m_status->showMessage(text, 6000); };
    connect(models, &LiveModels::messagePosted, this, post);
    connect(actions, &AppActions::messagePosted, this, post);
    connect(m_quoteDock, &QuoteDock::messagePosted, this, post);
    connect(m_bookDock, &OrderBookDock::messagePosted, this, post);
    connect(m_quoteDock, &QuoteDock::codeSelected, m_bookDock, &OrderBookDock::setCode);
    connect(m_quoteDock, &QuoteDock::codeSelected, m_chartDock, &ChartDock::setCode);
    connect(models->coalescer(), &TickCoalescer::flushed, m_bookDock,
            [book = m_bookDock](const QHash<QString, Tick> &latest) { book->applyTicks(latest); });
    connect(actions, &AppActions::pauseRequested, m_status, &StatusLine::setPaused);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::saveLayout() const
{
    if (m_settingsFile.isEmpty())
        return;
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

bool MainWindow::restoreLayout()
{
    if (m_settingsFile.isEmpty())
        return false;
    const QSettings settings(m_settingsFile, QSettings::IniFormat);
    const bool geometry = restoreGeometry(settings.value(kGeometryKey).toByteArray());
    const bool state = restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
    return geometry && state;
}

void MainWindow::resetLayout()
{
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->show();
    restoreState(m_defaultState, kLayoutVersion);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_hideOnClose && !m_closing) {
        hide();
        event->ignore();
        Q_EMIT hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace cybos
