#include "asyncserial.h"
#include <QMetaObject>

namespace cybos {

bool AsyncSerial::Awaiter::await_ready() noexcept
{
    if (serial->m_busy)
        return false;
    serial->m_busy = true;
    return true;
}

void AsyncSerial::release()
{
    if (m_waiters.isEmpty()) {
        m_busy = false;
        return;
    }
    // The turn passes straight to the next waiter; it resumes from the event loop, not from
    // inside the releasing coroutine's stack.
    const std::coroutine_handle<> next = m_waiters.dequeue();
    QMetaObject::invokeMethod(m_context, [next] { next.resume(); }, Qt::QueuedConnection);
}

} // namespace cybos
