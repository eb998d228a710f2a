#include "connectiondock.h"
#include "health.h"
#include "icons.h"
#include "quoteformat.h"
#include <QFormLayout>
#include <QLabel>

namespace cybos {

ConnectionDock::ConnectionDock(QWidget *parent)
    : QDockWidget(tr("Connection"), parent)
{
    setObjectName(QStringLiteral("connectionDock"));
    auto *body = new QWidget(this);
    auto *form = new QFormLayout(body);
    form->setContentsMargins(8, 6, 8, 6);
    form->setVerticalSpacing(3);
    form->setLabelAlignment(Qt::AlignLeft);
    m_state = addRow(form, QStringLiteral("stateValue"), tr("Feed"));
    m_backend = addRow(form, QStringLiteral("backendValue"), tr("Backend"));
    m_since = addRow(form, QStringLiteral("sinceValue"), tr("Connected since"));
    m_serverType = addRow(form, QStringLiteral("serverTypeValue"), tr("Server type"));
    m_database = addRow(form, QStringLiteral("databaseValue"), tr("Database"));
    m_ticks = addRow(form, QStringLiteral("ticksValue"), tr("Stored ticks"));
    m_api = addRow(form, QStringLiteral("apiValue"), tr("API address"));
    m_clients = addRow(form, QStringLiteral("clientsValue"), tr("WebSocket clients"));
    m_forwarder = addRow(form, QStringLiteral("forwarderValue"), tr("Forwarder"));
    m_api->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_database->setWordWrap(true);
    setWidget(body);
}

QLabel *ConnectionDock::addRow(QFormLayout *form, const QString &objectName, const QString &label)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    form->addRow(label, value);
    return value;
}

void ConnectionDock::showStatus(const SystemStatus &s, qint64 nowMs)
{
    const Health health = healthOf(s);
    const QString dot = QStringLiteral("<span style=\"color:%1\">●</span> ").arg(Icons::healthColor(health).name());
    m_state->setText(dot + (s.feed.connected ? tr("Connected") : tr("Disconnected")));
    m_state->setToolTip(healthReason(s));
    m_backend->setText(backendText(s.backend));
    m_since->setText(s.feed.sinceMs > 0 ? tr("%1 (%2)").arg(QuoteFormat::dateTime(s.feed.sinceMs),
                                                            elapsedText(nowMs - s.feed.sinceMs))
                                        : QStringLiteral("—"));
    m_serverType->setText(serverTypeText(s.feed.serverType));
    m_database->setText(tr("%1 (%2)").arg(s.database.path, QuoteFormat::bytes(s.database.sizeBytes)));
    m_database->setToolTip(s.database.lastError.isEmpty() ? s.database.path : s.database.lastError);
    m_ticks->setText(QuoteFormat::number(s.database.ticks));
    m_api->setText(s.server.address.isEmpty() ? QStringLiteral("—") : s.server.address);
    m_clients->setText(QuoteFormat::number(s.server.wsClients));
    m_forwarder->setText(forwarderText(s.forwarder));
    m_forwarder->setToolTip(s.forwarder.lastError);
}

QString ConnectionDock::backendText(BackendKind backend)
{
    switch (backend) {
    case BackendKind::Cybos: return tr("Cybos Plus");
    case BackendKind::Emulator: return tr("Emulator");
    case BackendKind::Replay: return tr("Replay");
    case BackendKind::Relay: return tr("Relay");
    }
    return backendKindName(backend);
}

QString ConnectionDock::serverTypeText(int serverType)
{
    switch (serverType) {
    case 1: return tr("CybosPlus server");
    case 2: return tr("HTS server");
    default: return tr("Not connected");
    }
}

QString ConnectionDock::forwarderText(const SystemStatus::Forwarder &f)
{
    if (!f.enabled || f.state.isEmpty() || f.state == u"off")
        return tr("Off");
    QString state = f.state;
    if (f.state == u"connecting")
        state = tr("Connecting");
    else if (f.state == u"sending")
        state = tr("Sending");
    else if (f.state == u"idle")
        state = tr("Up to date");
    else if (f.state == u"backoff")
        state = tr("Retrying");
    else if (f.state == u"stopped")
        state = tr("Stopped");
    return f.pending > 0 ? tr("%1, %2 waiting").arg(state, QuoteFormat::number(f.pending)) : state;
}

QString ConnectionDock::elapsedText(qint64 ms)
{
    const qint64 minutes = qMax<qint64>(0, ms) / 60000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
}

} // namespace cybos
