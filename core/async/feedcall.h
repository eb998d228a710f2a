#pragma once
// FeedCall: runs a coroutine on the thread of `target` (the feed services on the COM thread)
// and resumes the awaiting coroutine on the thread of `home` (a QObject of the server thread).
//
//     auto call = feedCall(services, home, [=] { return services->quote(code, fresh, wait); });
//     const Result<Quote> answer = co_await call;
//
// Why not co_await QCoro::moveToThread(…) around the work: under GCC 12 a temporary that a
// co_await expression holds by value can be destroyed twice or used after a move, and such
// hops crashed now and then (seen in the WebSocket tests). So here no co_await ever has a
// temporary operand: callers await a named FeedCall, the hop is a queued call each way, and
// the result travels in a shared state. ThreadCall (core/async/threadcall.h) does the same
// for work that is not a coroutine (the storage writes).
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <coroutine>
#include <functional>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>
#include <type_traits>

namespace cybos {

template<typename T>
class FeedCall
{
public:
    using Work = std::function<QCoro::Task<T>()>;

    FeedCall(QObject *target, QObject *home, Work work) : m_target(target), m_home(home), m_work(std::move(work)) {}

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> waiter)
    {
        m_state->waiter = waiter;
        QMetaObject::invokeMethod(
            m_target, [work = m_work, state = m_state, home = QPointer<QObject>(m_home)] { relay(work, state, home); },
            Qt::QueuedConnection);
    }
    T await_resume() { return std::move(*m_state->result); }

private:
    struct State {
        std::optional<T> result;
        std::coroutine_handle<> waiter;
    };

    // On the target's thread: await the work, then hand the result back to home's thread.
    static QCoro::Task<> relay(Work work, std::shared_ptr<State> state, QPointer<QObject> home)
    {
        auto task = work();
        T value = co_await task;
        state->result.emplace(std::move(value));
        if (home)
            QMetaObject::invokeMethod(home.data(), [state] { state->waiter.resume(); }, Qt::QueuedConnection);
    }

    QObject *m_target;
    QObject *m_home;
    Work m_work;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

template<typename Fn>
auto feedCall(QObject *target, QObject *home, Fn fn)
{
    using Task = std::invoke_result_t<Fn>;
    return FeedCall<typename Task::value_type>(target, home, std::move(fn));
}

} // namespace cybos
