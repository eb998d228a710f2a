#pragma once
// Turns, first come first served, for coroutines on one thread: what a mutex is to threads.
// The hub takes a turn around every change of the realtime set (so two clients asking for the
// same new code cause one watch call), and each client around each of its messages (so
// answers keep the order of the questions even when one of them waits for the feed).
#include <QObject>
#include <QQueue>
#include <coroutine>

namespace cybos {

class AsyncSerial
{
public:
    explicit AsyncSerial(QObject *context) : m_context(context) {}

    struct Awaiter {
        AsyncSerial *serial;
        bool await_ready() noexcept;
        void await_suspend(std::coroutine_handle<> waiter) { serial->m_waiters.enqueue(waiter); }
        void await_resume() noexcept {}
    };

    // co_await serial.turn(); … serial.release();  (or hold a Turn)
    Awaiter turn() { return Awaiter{this}; }
    void release();
    int waiting() const { return int(m_waiters.size()); }
    bool busy() const { return m_busy; }

    // Releases at scope exit.
    class Turn
    {
    public:
        explicit Turn(AsyncSerial *serial) : m_serial(serial) {}
        ~Turn() { m_serial->release(); }
        Turn(const Turn &) = delete;
        Turn &operator=(const Turn &) = delete;

    private:
        AsyncSerial *m_serial;
    };

private:
    QObject *m_context;       // resumptions are posted to its thread; none after it is gone
    QQueue<std::coroutine_handle<>> m_waiters;
    bool m_busy = false;
};

} // namespace cybos
