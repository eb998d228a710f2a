#pragma once
// The async toolbox (core/async): ThreadCall (here) hops to another object's thread and back,
// Deferred is a value awaited by one coroutine, AsyncSerial gives coroutines on one thread
// turns. All coroutines are QCoro tasks.
//
// The GCC 12 coroutine rule, for every coroutine in this project. GCC 12 destroys the
// temporaries of a co_await expression twice (and an init-capture that moves a coroutine
// parameter is freed twice too): the copies they hold are used after they are freed, which
// crashed now and then and shows under valgrind as use-after-free. So:
//   1. name every awaited task in a local before co_await (auto task = f(args); co_await task);
//   2. never co_await a temporary holding by-value arguments or a lambda — in particular
//      not QCoro::moveToThread(…) around a piece of work: hop with a named ThreadCall;
//   3. never write a lambda that move-captures a coroutine's parameters: build such lambdas
//      in an ordinary function and pass them in.
//
// ThreadCall: runs `work` on the thread of `target` and resumes the awaiting coroutine on the
// thread it awaited on (which needs a running event loop), with the result. `work` is a plain
// function or a coroutine (awaited on the target's thread, e.g. the feed services on the COM
// thread). Built before the co_await, awaited once:
//
//     ThreadCall<Status> call(worker, work);  // work: std::function<Status()>
//     const Status s = co_await call;
//
//     auto call = threadCall(services, [=] { return services->quote(c, f, w); }, this);
//     const Result<Quote> answer = co_await call;
//
// The hop is a queued call each way and the result travels in a shared state; calls to one
// target run in the order they were made. If `context` is given and destroyed before the
// answer is back (a hub that went away), the awaiting coroutine is not resumed; neither is it
// if the target's thread never runs the call (it stopped).
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
class ThreadCall
{
public:
    using Work = std::function<T()>;
    using TaskWork = std::function<QCoro::Task<T>()>;

    ThreadCall(QObject *target, Work work, QObject *context = nullptr)
        : m_target(target), m_work(std::move(work)), m_context(context)
    {
    }
    ThreadCall(QObject *target, TaskWork work, QObject *context = nullptr)
        : m_target(target), m_taskWork(std::move(work)), m_context(context)
    {
    }

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> waiter)
    {
        m_state->waiter = waiter;
        m_state->guarded = m_context != nullptr;
        m_state->context = m_context;
        m_state->home = new QObject; // on the awaiting thread: the answer is queued to it
        QMetaObject::invokeMethod(
            m_target,
            [work = std::move(m_work), taskWork = std::move(m_taskWork), state = m_state] {
                if (work) {
                    state->result.emplace(work());
                    answer(state);
                } else {
                    relay(taskWork, state);
                }
            },
            Qt::QueuedConnection);
    }
    T await_resume() { return std::move(*m_state->result); }

private:
    struct State {
        std::optional<T> result;
        std::coroutine_handle<> waiter;
        QObject *home = nullptr;
        bool guarded = false;
        QPointer<QObject> context;
    };

    // On the target's thread: await the coroutine work, then answer.
    static QCoro::Task<> relay(TaskWork work, std::shared_ptr<State> state)
    {
        auto task = work();
        T value = co_await task;
        state->result.emplace(std::move(value));
        answer(state);
    }

    // Resumes the waiter on its own thread, unless its context is gone.
    static void answer(const std::shared_ptr<State> &state)
    {
        QMetaObject::invokeMethod(
            state->home,
            [state] {
                state->home->deleteLater();
                if (state->guarded && !state->context)
                    return;
                state->waiter.resume();
            },
            Qt::QueuedConnection);
    }

    QObject *m_target;
    Work m_work;
    TaskWork m_taskWork;
    QObject *m_context;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

namespace detail {
template<typename R>
struct TaskValue {
    static constexpr bool isTask = false;
};
template<typename T>
struct TaskValue<QCoro::Task<T>> {
    static constexpr bool isTask = true;
    using type = T;
};
} // namespace detail

// A ThreadCall whose type follows from fn: fn() returns a T or a QCoro::Task<T>.
template<typename Fn>
auto threadCall(QObject *target, Fn fn, QObject *context = nullptr)
{
    using R = std::invoke_result_t<Fn &>;
    if constexpr (detail::TaskValue<R>::isTask) {
        using T = typename detail::TaskValue<R>::type;
        return ThreadCall<T>(target, typename ThreadCall<T>::TaskWork(std::move(fn)), context);
    } else {
        return ThreadCall<R>(target, typename ThreadCall<R>::Work(std::move(fn)), context);
    }
}

} // namespace cybos
