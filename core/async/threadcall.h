#pragma once
// ThreadCall: runs a plain function on the thread of `target` and resumes the awaiting
// coroutine on the thread it awaited on (which needs a running event loop).
//
//     ThreadCall<Status> call(worker, work);   // a named object, built before the co_await
//     const Status s = co_await call;
//
// The pattern of FeedCall (core/async/feedcall.h), for work that is not a coroutine: no
// co_await has a temporary operand (GCC 12 can destroy such a temporary twice, which is why
// QCoro::moveToThread is not used), the hop is a queued call each way, and the result travels
// in a shared state. If the target's thread never runs the call (it stopped), the awaiting
// coroutine is never resumed.
#include <QMetaObject>
#include <QObject>
#include <coroutine>
#include <functional>
#include <memory>
#include <optional>

namespace cybos {

template<typename T>
class ThreadCall
{
public:
    using Work = std::function<T()>;

    ThreadCall(QObject *target, Work work) : m_target(target), m_work(std::move(work)) {}

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> waiter)
    {
        m_state->waiter = waiter;
        m_state->home = new QObject; // on the awaiting thread: the answer is queued to it
        QMetaObject::invokeMethod(
            m_target, [work = m_work, state = m_state] { run(work, state); }, Qt::QueuedConnection);
    }
    T await_resume() { return std::move(*m_state->result); }

private:
    struct State {
        std::optional<T> result;
        std::coroutine_handle<> waiter;
        QObject *home = nullptr;
    };

    // On the target's thread: do the work, then resume the waiter on its own thread.
    static void run(const Work &work, const std::shared_ptr<State> &state)
    {
        state->result.emplace(work());
        QMetaObject::invokeMethod(
            state->home,
            [state] {
                state->home->deleteLater();
                state->waiter.resume();
            },
            Qt::QueuedConnection);
    }

    QObject *m_target;
    Work m_work;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace cybos
