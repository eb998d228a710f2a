#pragma once
// Run coroutine work on the thread that owns `context` (e.g. the feed on the COM thread) and
// resume the caller on its own thread afterwards, without blocking either thread.
// CAUTION: GCC 12 destroys by-value temporaries of a co_await expression twice; awaiting
// runOn(obj, [captures]{…}) crashed in the server's tests. The server uses FeedCall
// (core/server/feedcall.h) and the relay writes its hops out; prefer those under GCC 12.
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
