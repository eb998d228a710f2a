#pragma once
// Run coroutine work on the thread that owns `context` (e.g. the feed on the COM thread) and
// resume the caller on its own thread afterwards. Used by the server thread to reach the feed
// services without blocking either thread.
#include <QObject>
#include <QThread>
#include <qcoro/qcorotask.h>
#include <qcoro/qcorothread.h>
#include <type_traits>

namespace cybos {

template<typename Fn>
auto runOn(QObject *context, Fn fn) -> std::invoke_result_t<Fn>
{
    QThread *home = QThread::currentThread();
    QThread *target = context->thread();
    if (target == home)
        co_return co_await fn();
    co_await QCoro::moveToThread(target);
    auto result = co_await fn();
    co_await QCoro::moveToThread(home);
    co_return result;
}

} // namespace cybos
