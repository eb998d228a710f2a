#include "fakeclock.h"
#include "core/domain/ksttime.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

namespace cybos::test {

FakeClock::FakeClock(qint64 startMs, QObject *parent) : QObject(parent), m_now(startMs) {}

qint64 FakeClock::defaultStart()
{
    return Kst::toEpochMs(QDate(2026, 11, 26), QTime(10, 0));
}

quint64 FakeClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const quint64 id = m_nextId++;
    m_timers.emplace(m_now.load() + qMax<qint64>(0, delayMs), Entry{id, context, std::move(fn)});
    return id;
}

void FakeClock::cancel(quint64 id)
{
    for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
        if (it->second.id == id) {
            m_timers.erase(it);
            return;
        }
    }
}

bool FakeClock::fireNext(qint64 untilMs)
{
    if (m_timers.empty() || m_timers.begin()->first > untilMs)
        return false;
    auto node = m_timers.extract(m_timers.begin());
    m_now = qMax(m_now.load(), node.key());
    if (node.mapped().context)
        node.mapped().fn();
    return true;
}

void FakeClock::advance(qint64 ms)
{
    const qint64 target = m_now.load() + ms;
    while (fireNext(target))
        QCoreApplication::processEvents();
    m_now = qMax(m_now.load(), target);
}

bool FakeClock::advanceToNextTimer()
{
    if (m_timers.empty())
        return false;
    fireNext(m_timers.begin()->first);
    return true;
}

bool FakeClock::runUntil(const std::function<bool()> &pred, qint64 maxSimulatedMs)
{
    const qint64 limit = m_now.load() + maxSimulatedMs;
    QElapsedTimer idle;
    idle.start();
    while (m_now.load() <= limit) {
        QCoreApplication::processEvents();
        if (pred())
            return true;
        if (advanceToNextTimer()) {
            idle.restart();
            continue;
        }
        // Nothing scheduled on this clock: real events (queued calls) may still come.
        if (idle.elapsed() > 10000) // seconds: a loaded machine may take a while to post
            return false;
        QTest::qWait(5);
    }
    return pred();
}

std::function<qint64()> FakeClock::nowFunction()
{
    return [this]() { return m_now.load(); };
}

std::function<void(int)> FakeClock::sleepFunction()
{
    return [this](int ms) {
        m_now += qMax(0, ms);
        m_slept += qMax(0, ms);
    };
}

} // namespace cybos::test
