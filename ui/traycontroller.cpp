#include "traycontroller.h"
#include "appactions.h"
#include "connectiondock.h"
#include "core/services/feedservices.h"
#include "icons.h"
#include <QLocale>
#include <QMenu>
#include <QUrl>

namespace cybos {

TrayController::TrayController(AppActions *actions, FeedServices *services, QObject *parent)
    : QObject(parent), m_actions(actions), m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->addAction(actions->showWindow());
    m_menu->addSeparator();
    m_menu->addAction(actions->syncCodes());
    m_menu->addAction(actions->pauseFeed());
    m_menu->addSeparator();
    m_menu->addAction(actions->copyApiAddress());
    m_menu->addAction(actions->openApiDocs());
    m_menu->addSeparator();
    m_menu->addAction(actions->settings());
    m_menu->addAction(actions->quit());
    if (services) {
        connect(services, &FeedServices::connectionChanged, this, &TrayController::connectionChanged);
        m_knownConnected = services->isConnected() ? 1 : 0;
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::health(m_health), this);
        m_tray->setContextMenu(m_menu);
        m_tray->setToolTip(tr("Cybos Server"));
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayController::activated);
        m_tray->show();
    }
}

TrayController::~TrayController()
{
    delete m_menu; // a context menu has no QObject parent of its own
}

void TrayController::showStatus(const SystemStatus &status)
{
    const Health health = healthOf(status);
    m_toolTip = buildToolTip(status);
    if (m_tray) {
        if (health != m_health)
            m_tray->setIcon(Icons::health(health));
        m_tray->setToolTip(m_toolTip);
    }
    m_health = health;
}

QString TrayController::buildToolTip(const SystemStatus &s)
{
    const QLocale locale;
    const QString port = QUrl(s.server.address).port() > 0 ? QString::number(QUrl(s.server.address).port())
                                                           : QStringLiteral("—");
    QStringList lines;
    lines << tr("Cybos Server — %1").arg(s.feed.connected ? tr("connected") : tr("disconnected"));
    lines << tr("Backend: %1").arg(ConnectionDock::backendText(s.backend));
    lines << tr("Ticks: %1/s").arg(locale.toString(s.rates.ticksPerS, 'f', 0));
    lines << tr("API clients: %1").arg(s.server.wsClients);
    lines << tr("Port: %1").arg(port);
    const QString reason = healthReason(s);
    if (!reason.isEmpty() && s.feed.connected)
        lines << reason;
    return lines.join(u'\n');
}

void TrayController::activated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::DoubleClick || reason == QSystemTrayIcon::Trigger)
        m_actions->showWindow()->trigger();
}

void TrayController::connectionChanged(bool connected)
{
    const int now = connected ? 1 : 0;
    if (now == m_knownConnected)
        return;
    const bool announce = m_knownConnected != -1;
    m_knownConnected = now;
    if (!announce)
        return;
    if (connected)
        notify(tr("Feed reconnected"), tr("Realtime data flows again."), QSystemTrayIcon::Information);
    else
        notify(tr("Feed disconnected"), tr("Cybos Server lost the market feed and keeps retrying."),
               QSystemTrayIcon::Warning);
}

void TrayController::windowHidden()
{
    if (m_toldHidden || !m_tray)
        return;
    m_toldHidden = true;
    notify(tr("Cybos Server is still running"),
           tr("The server keeps serving in the background. Double-click the tray icon to open the window."),
           QSystemTrayIcon::Information);
}

void TrayController::notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon)
{
    m_lastNotification = title;
    if (m_tray && m_notify)
        m_tray->showMessage(title, text, icon, 5000);
}

} // namespace cybos
