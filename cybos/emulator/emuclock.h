#pragma once
// The emulator's notion of time: the injectable clock and sleep of EmulatorOptions, so tests
// can run hours of request windows and sessions in milliseconds.
#include <QDateTime>
#include <QThread>
#include <functional>

namespace cybos::emu {

class EmuClock
{
public:
    EmuClock(std::function<qint64()> now, std::function<void(int)> sleep)
        : m_now(std::move(now)), m_sleep(std::move(sleep)) {}

    qint64 now() const { return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch(); }
    // Blocks the calling thread, as Cybos does (or advances a test's fake clock).
    void sleep(int ms) const
    {
        if (ms <= 0)
            return;
        if (m_sleep)
            m_sleep(ms);
        else
            QThread::msleep(ulong(ms));
    }

private:
    std::function<qint64()> m_now;
    std::function<void(int)> m_sleep;
};

} // namespace cybos::emu
