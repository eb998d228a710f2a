#pragma once
// A value that arrives later, awaited by one coroutine: the request scheduler hands out
// slots with it, and a feed answer races a disconnect through it (first resolve wins).
// Resolving resumes the awaiting coroutine synchronously, on the resolving thread.
#include <coroutine>
#include <memory>
#include <optional>
#include <utility>

namespace cybos {

template<typename T>
class Deferred
{
    struct State {
        std::optional<T> value;
        std::coroutine_handle<> waiter;
    };

public:
    Deferred() : m_state(std::make_shared<State>()) {}

    bool isResolved() const { return m_state->value.has_value(); }

    // Only the first call has an effect.
    void resolve(T value) const
    {
        if (m_state->value)
            return;
        m_state->value.emplace(std::move(value));
        if (auto h = std::exchange(m_state->waiter, {}))
            h.resume();
    }

    auto operator co_await() const noexcept
    {
        struct Awaiter {
            std::shared_ptr<State> state;
            bool await_ready() const noexcept { return state->value.has_value(); }
            void await_suspend(std::coroutine_handle<> h) noexcept { state->waiter = h; }
            T await_resume() { return std::move(*state->value); }
        };
        return Awaiter{m_state};
    }

private:
    std::shared_ptr<State> m_state;
};

} // namespace cybos
