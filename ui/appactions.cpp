#include "appactions.h"
#include "core/services/feedservices.h"
#include "core/status/systemstatus.h"
#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QUrl>

namespace cybos {

AppActions::AppActions(FeedServices *services, const StatusProvider *status, QString apiBaseUrl,
                       QObject *parent)
    : QObject(parent), m_services(services), m_status(status), m_apiBaseUrl(std::move(apiBaseUrl))
{
    m_show = make(QStringLiteral("actionShowWindow"), tr("&Show window"));
    m_sync = make(QStringLiteral("actionSyncCodes"), tr("S&ync stock codes"));
    m_pause = make(QStringLiteral("actionPauseFeed"), tr("&Pause realtime feed"));
    m_pause->setCheckable(true);
    m_copy = make(QStringLiteral("actionCopyApiAddress"), tr("&Copy API address"));
    m_docs = make(QStringLiteral("actionOpenApiDocs"), tr("Open API &docs"));
    m_settings = make(QStringLiteral("actionSettings"), tr("S&ettings…"));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_quit = make(QStringLiteral("actionQuit"), tr("&Quit"));
    m_quit->setMenuRole(QAction::QuitRole);
    m_quit->setShortcut(QKeySequence::Quit);

    connect(m_show, &QAction::triggered, this, &AppActions::showWindowRequested);
    connect(m_sync, &QAction::triggered, this, &AppActions::startCodeSync);
    connect(m_pause, &QAction::toggled, this, &AppActions::setPaused);
    connect(m_copy, &QAction::triggered, this, &AppActions::copyAddress);
    connect(m_docs, &QAction::triggered, this, &AppActions::openDocs);
    connect(m_settings, &QAction::triggered, this, &AppActions::settingsRequested);
    connect(m_quit, &QAction::triggered, this, &AppActions::quitRequested);
}

QAction *AppActions::make(const QString &objectName, const QString &text)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    return action;
}

QString AppActions::apiAddress() const
{
    const QString live = m_status ? m_status->snapshot().server.address : QString();
    return live.isEmpty() ? m_apiBaseUrl : live;
}

void AppActions::startCodeSync()
{
    if (!m_services)
        return;
    QCoro::connect(m_services->startCodeSync(), this, [this](const JobStart &start) {
        Q_EMIT messagePosted(start.started ? tr("Stock code sync started (job %1)").arg(start.job.id)
                                           : tr("A stock code sync is already running (job %1)").arg(start.job.id));
    });
}

void AppActions::setPaused(bool paused)
{
    m_pause->setText(paused ? tr("&Resume realtime feed") : tr("&Pause realtime feed"));
    Q_EMIT pauseRequested(paused);
    Q_EMIT messagePosted(paused ? tr("Realtime feed paused") : tr("Realtime feed resumed"));
}

void AppActions::copyAddress()
{
    const QString address = apiAddress();
    QGuiApplication::clipboard()->setText(address);
    Q_EMIT messagePosted(tr("Copied %1").arg(address));
}

void AppActions::openDocs()
{
    const QUrl url(apiAddress() + QStringLiteral("/docs"));
    if (!QDesktopServices::openUrl(url))
        Q_EMIT messagePosted(tr("Could not open %1").arg(url.toString()));
}

} // namespace cybos
