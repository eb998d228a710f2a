#include "connectionmonitor.h"
#include "comvalue.h"
#include "core/log/categories.h"

namespace cybos {
namespace {
const QString kProgId = QStringLiteral("CpUtil.CpCybos");

bool reportsConnected(ComObject &cybos)
{
    const QVariant v = cybos.getProperty(QStringLiteral("IsConnect"));
    return v.isValid() && ComValue::toInt64(v) == 1;
}
} // namespace

ConnectionMonitor::ConnectionMonitor(ComDispatch &dispatch, QObject *parent)
    : QObject(parent), m_dispatch(dispatch)
{
    ComObjectPtr cybos = adoptObject(dispatch.create(kProgId));
    if (!cybos) {
        qCWarning(lcFeed) << "CpUtil.CpCybos cannot be created: Cybos Plus is not installed";
        return;
    }
    m_available = true;
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::poll);
    if (!reportsConnected(*cybos)) { // not logged in yet: wait as after a drop
        m_timer.start(kDownPollMs);
        return;
    }
    m_cybos = std::move(cybos);
    connect(m_cybos.get(), &ComObject::disconnected, this, &ConnectionMonitor::linkDropped);
    m_connected = true;
    m_timer.start(kPollMs);
}

void ConnectionMonitor::poll()
{
    if (!m_cybos)
        pollFresh();
    else if (!reportsConnected(*m_cybos)) // IsConnect 0, or the object no longer answers
        linkDropped();
}

void ConnectionMonitor::linkDropped()
{
    if (!m_cybos)
        return;
    m_cybos.reset(); // deleted on the event loop: we may be inside its OnDisconnect
    m_timer.start(kDownPollMs);
    setConnected(false);
}

void ConnectionMonitor::pollFresh()
{
    ComObjectPtr fresh = adoptObject(m_dispatch.create(kProgId));
    if (!fresh || !reportsConnected(*fresh))
        return;
    if (m_gate && !m_gate()) {
        qCInfo(lcFeed) << "Cybos link back: left to the restart";
        m_timer.stop();
        return;
    }
    m_cybos = std::move(fresh);
    connect(m_cybos.get(), &ComObject::disconnected, this, &ConnectionMonitor::linkDropped);
    m_timer.start(kPollMs);
    setConnected(true);
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
