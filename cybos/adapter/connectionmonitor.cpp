#include "connectionmonitor.h"
#include "comvalue.h"
#include "core/log/categories.h"

namespace cybos {

ConnectionMonitor::ConnectionMonitor(ComDispatch &dispatch, QObject *parent)
    : QObject(parent), m_cybos(adoptObject(dispatch.create(QStringLiteral("CpUtil.CpCybos"))))
{
    if (!m_cybos) {
        qCWarning(lcFeed) << "CpUtil.CpCybos cannot be created: Cybos Plus is not installed";
        return;
    }
    connect(m_cybos.get(), &ComObject::disconnected, this, [this] { setConnected(false); });
    m_connected = ComValue::toInt64(m_cybos->getProperty(QStringLiteral("IsConnect"))) == 1;
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::poll);
    m_timer.start(kPollMs);
}

void ConnectionMonitor::poll()
{
    if (m_cybos)
        setConnected(ComValue::toInt64(m_cybos->getProperty(QStringLiteral("IsConnect"))) == 1);
}

void ConnectionMonitor::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    qCInfo(lcFeed) << "Cybos link" << (connected ? "up" : "down");
    Q_EMIT connectionChanged(connected);
}

int ConnectionMonitor::serverType() const
{
    if (!m_cybos)
        return 0;
    return int(ComValue::toInt64(m_cybos->getProperty(QStringLiteral("ServerType"))));
}

int ConnectionMonitor::limitRemain(int limitType) const
{
    if (!m_cybos)
        return -1;
    const QVariant v = m_cybos->call(QStringLiteral("GetLimitRemainCount"), {limitType});
    return v.isValid() ? int(ComValue::toInt64(v)) : -1;
}

RequestBudget ConnectionMonitor::requestBudget() const
{
    RequestBudget b;
    const int remain = limitRemain(1); // LT_NONTRADE_REQUEST: quote requests
    b.remaining = remain < 0 ? 0 : remain;
    if (m_cybos)
        b.resetInMs = int(ComValue::toInt64(m_cybos->getProperty(QStringLiteral("LimitRequestRemainTime"))));
    return b;
}

int ConnectionMonitor::subscriptionsRemaining() const
{
    return limitRemain(2); // LT_SUBSCRIBE
}

} // namespace cybos
