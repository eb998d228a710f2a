#pragma once
// The link to the Cybos server as CpUtil.CpCybos reports it: OnDisconnect (immediate) plus a
// gentle IsConnect poll (the only way to see the link come back), and the request limits
// Cybos itself counts (GetLimitRemainCount, LimitRequestRemainTime).
#include "core/feed/marketfeed.h"
#include "objectpool.h"
#include <QObject>
#include <QTimer>

namespace cybos {

class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 500;

    explicit ConnectionMonitor(ComDispatch &dispatch, QObject *parent = nullptr);

    bool isAvailable() const { return m_cybos != nullptr; } // CpCybos could be created
    bool isConnected() const { return m_connected; }
    int serverType() const;
    RequestBudget requestBudget() const;
    int subscriptionsRemaining() const;  // GetLimitRemainCount(2); -1 when unknown
    void poll();

Q_SIGNALS:
    void connectionChanged(bool connected);

private:
    void setConnected(bool connected);
    int limitRemain(int limitType) const;

    ComObjectPtr m_cybos;
    QTimer m_timer;
    bool m_connected = false;
};

} // namespace cybos
