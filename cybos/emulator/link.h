#pragma once
// The emulated link to the Cybos server and the faults injected on it: outages
// (disconnectFor), failing requests (failRequests) and slow answers (setAnswerDelay).
// Cybos has no reconnect event: clients poll IsConnect, which is when an ended outage is
// noticed (or when the restore timer fires on the real clock).
//
// Each outage starts a new epoch. Daishin's help (CpCybos OnDisConnect): after the event no
// further communication is possible, so every object created in an earlier epoch is dead for
// good — even once the link is back — and a client must create its objects anew.
#include "emuclock.h"
#include <QObject>

namespace cybos::emu {

class Link : public QObject
{
    Q_OBJECT
public:
    explicit Link(const EmuClock &clock, QObject *parent = nullptr) : QObject(parent), m_clock(clock) {}

    bool isUp();                           // ends an outage whose time has passed
    bool isUpNow() const;                  // the same answer without side effects
    void dropFor(int ms);
    void failNext(int returnCode, int count);
    int takeFailure();                     // 0, or the return code of an injected failure
    void setAnswerDelay(int ms) { m_answerDelayMs = qMax(0, ms); }
    int answerDelay() const { return m_answerDelayMs; }
    quint64 epoch() const { return m_epoch; } // outages so far

Q_SIGNALS:
    void dropped();                        // the link went down (CpCybos OnDisconnect)
    void connectionChanged(bool up);

private:
    const EmuClock &m_clock;
    bool m_up = true;
    quint64 m_epoch = 0;
    qint64 m_downUntil = 0;
    int m_failCode = 0;
    int m_failCount = 0;
    int m_answerDelayMs = 0;
};

} // namespace cybos::emu
