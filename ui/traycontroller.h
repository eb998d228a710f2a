#pragma once
// The tray icon: its colour is the health (green connected, amber degraded, red disconnected),
// its tooltip the essentials (backend, ticks/s, clients, port), its menu the main window's own
// QActions. Double-click shows the window; losing or regaining the feed posts a notification.
// Without a system tray nothing is shown and the window stays the main surface.
#include "core/status/systemstatus.h"
#include "health.h"
#include <QObject>
#include <QSystemTrayIcon>

class QMenu;

namespace cybos {

class AppActions;
class FeedServices;

class TrayController : public QObject
{
    Q_OBJECT
public:
    TrayController(AppActions *actions, FeedServices *services, QObject *parent = nullptr);
    ~TrayController() override;

    bool isAvailable() const { return m_tray != nullptr; }
    QMenu *menu() const { return m_menu; }
    Health health() const { return m_health; }
    QString toolTip() const { return m_toolTip; }
    QString lastNotification() const { return m_lastNotification; }
    void setNotificationsEnabled(bool on) { m_notify = on; }

public Q_SLOTS:
    void showStatus(const cybos::SystemStatus &status);
    void windowHidden();             // the first time: tell the user where the app went

private:
    void activated(QSystemTrayIcon::ActivationReason reason);
    void connectionChanged(bool connected);
    void notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon);
    static QString buildToolTip(const SystemStatus &status);

    AppActions *m_actions;
    QMenu *m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    Health m_health = Health::Disconnected;
    QString m_toolTip;
    QString m_lastNotification;
    int m_knownConnected = -1;       // -1 unknown, so the first state is not announced
    bool m_toldHidden = false;
    bool m_notify = true;
};

} // namespace cybos
