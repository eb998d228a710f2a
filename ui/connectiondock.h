#pragma once
// The Connection dock: backend, feed state and since when, Cybos server type, database path
// and size, API address, WebSocket clients and the forwarder — one StatusProvider snapshot.
#include "core/status/systemstatus.h"
#include <QDockWidget>

class QLabel;
class QFormLayout;

namespace cybos {

class ConnectionDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ConnectionDock(QWidget *parent = nullptr);

    void showStatus(const SystemStatus &status, qint64 nowMs);

    static QString backendText(BackendKind backend);
    static QString serverTypeText(int serverType);
    static QString forwarderText(const SystemStatus::Forwarder &forwarder);
    static QString elapsedText(qint64 ms);

private:
    QLabel *addRow(QFormLayout *form, const QString &objectName, const QString &label);

    QLabel *m_state, *m_backend, *m_since, *m_serverType, *m_database, *m_ticks;
    QLabel *m_api, *m_clients, *m_forwarder;
};

} // namespace cybos
