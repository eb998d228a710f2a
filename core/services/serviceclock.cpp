#include "serviceclock.h"
#include "core/domain/ksttime.h"
#include <QTimer>
#include <limits>

namespace cybos {

SystemClock::~SystemClock()
{
    for (const QPointer<QTimer> &t : std::as_const(m_timers))
        delete t.data();
}

qint64 SystemClock::nowMs() const
{
    return Kst::nowMs();
}

quint64 SystemClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const quint64 id = m_nextId++;
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    const qint64 capped = qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max()));
    connect(timer, &QTimer::timeout, context, [this, id, timer, fn = std::move(fn)]() {
        m_timers.remove(id);
        timer->deleteLater();
        fn();
    });
    m_timers.insert(id, timer);
    timer->start(int(capped));
    return id;
}

void SystemClock::cancel(quint64 id)
{
    if (QPointer<QTimer> t = m_timers.take(id)) {
        t->stop();
        t->deleteLater();
    }
}

} // namespace cybos
