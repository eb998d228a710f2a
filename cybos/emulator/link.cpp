#include "link.h"
#include "core/log/categories.h"
#include <QTimer>

namespace cybos::emu {

bool Link::isUpNow() const
{
    return m_up || m_clock.now() >= m_downUntil;
}

bool Link::isUp()
{
    if (!m_up && m_clock.now() >= m_downUntil) {
        m_up = true;
        qCInfo(lcEmulator) << "emulated link restored";
        Q_EMIT connectionChanged(true);
    }
    return m_up;
}

void Link::dropFor(int ms)
{
    m_downUntil = m_clock.now() + qMax(0, ms);
    // Restore on the real clock even when nobody polls; a fake clock is checked on polling.
    QTimer::singleShot(qMax(0, ms), this, [this] { isUp(); });
    if (!m_up)
        return; // already down: the outage is just extended
    m_up = false;
    ++m_epoch; // before the signals: OnDisconnect handlers already find old objects dead
    qCInfo(lcEmulator) << "emulated link down for" << ms << "ms";
    Q_EMIT connectionChanged(false);
    Q_EMIT dropped();
}

void Link::failNext(int returnCode, int count)
{
    m_failCode = returnCode;
    m_failCount = returnCode == 0 ? 0 : qMax(0, count);
}

int Link::takeFailure()
{
    if (m_failCount <= 0)
        return 0;
    --m_failCount;
    return m_failCode;
}

} // namespace cybos::emu
