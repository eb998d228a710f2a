#pragma once
// The link to the Cybos server as CpUtil.CpCybos reports it: OnDisconnect (immediate) plus a
// gentle IsConnect poll (the only way to see the link come back), and the request limits
// Cybos itself counts (GetLimitRemainCount, LimitRequestRemainTime).
//
// Daishin's help (CpCybos OnDisConnect): after the event no further communication is possible.
// So the CpCybos that reported the drop is released with everything else, and while the link
// is down each poll asks a FRESH CpCybos and releases it again. Creating one is local to
// CpUtil.dll (no server request, no limit counted), and a fresh object cannot carry the state
// of a session that is gone — whether an old one would ever report the link back is not
// documented. The live one is kept only once IsConnect says 1.
#include "core/feed/marketfeed.h"
#include "objectpool.h"
#include <QObject>
#include <QTimer>
#include <functional>

namespace cybos {

class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 500;       // up: IsConnect of the live object (a drop without the event)
    static constexpr int kDownPollMs = 2000;  // down: one fresh CpCybos per poll

    explicit ConnectionMonitor(ComDispatch &dispatch, QObject *parent = nullptr);

    bool isAvailable() const { return m_available; } // CpCybos could be created
    bool isConnected() const { return m_connected; }
    int serverType() const;
    RequestBudget requestBudget() const;
    int subscriptionsRemaining() const;  // GetLimitRemainCount(2); -1 when unknown
    void poll();
    // Asked when the link is back; false keeps the link down and stops polling (the program
    // is about to restart: --on-disconnect restart).
    void setReconnectGate(std::function<bool()> gate) { m_gate = std::move(gate); }

Q_SIGNALS:
    void connectionChanged(bool connected);

private:
    void linkDropped();
    void pollFresh();
    void setConnected(bool connected);
    int limitRemain(int limitType) const;

    ComDispatch &m_dispatch;
    ComObjectPtr m_cybos;   // the live CpCybos; none while the link is down
    QTimer m_timer;
    std::function<bool()> m_gate;
    bool m_available = false;
    bool m_connected = false;
};

} // namespace cybos
