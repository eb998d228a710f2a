// ThreadCall: the work (a function or a coroutine) runs on the target's thread and the
// awaiting coroutine resumes on its own thread with the result; calls run in the order they
// were made, payloads intact; a destroyed context is never resumed into.
#include "core/async/threadcall.h"
#include "core/async/deferred.h" // after a Qt header: moc cannot parse <coroutine> first
#include <QTest>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>

using namespace cybos;

namespace {
struct Answer {
    QList<int> payload;
    QThread *ranOn = nullptr;
    QThread *resumedOn = nullptr;
};

// Built in an ordinary function: no lambda inside the coroutine captures its parameters.
std::function<Answer()> echo(QList<int> payload)
{
    return [payload] { return Answer{payload, QThread::currentThread(), nullptr}; };
}

QCoro::Task<Answer> hop(QObject *target, QList<int> payload)
{
    ThreadCall<Answer> call(target, echo(std::move(payload)));
    Answer answer = co_await call;
    answer.resumedOn = QThread::currentThread();
    co_return answer;
}

// A coroutine on the target's thread that suspends there (until its event loop's next turn).
QCoro::Task<Answer> echoLater(QList<int> payload)
{
    Deferred<bool> turn;
    QTimer::singleShot(0, [turn] { turn.resolve(true); });
    co_await turn;
    co_return Answer{payload, QThread::currentThread(), nullptr};
}

QCoro::Task<Answer> hopCoroutine(QObject *target, QList<int> payload)
{
    auto call = threadCall(target, [payload] { return echoLater(payload); });
    Answer answer = co_await call;
    answer.resumedOn = QThread::currentThread();
    co_return answer;
}

QCoro::Task<bool> hopGuarded(QObject *target, QObject *context)
{
    auto call = threadCall(target, [] { return true; }, context);
    const bool answer = co_await call;
    co_return answer;
}

// A QObject on a thread of its own, for the duration of a test.
struct Worker {
    QThread thread;
    QObject target;
    Worker()
    {
        target.moveToThread(&thread);
        thread.start();
    }
    ~Worker()
    {
        thread.quit();
        thread.wait();
    }
};
} // namespace

class TestThreadCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsThereAndResumesHere()
    {
        Worker worker;
        std::optional<Answer> answer;
        QCoro::connect(hop(&worker.target, {1, 2, 3}), this, [&answer](Answer a) { answer.emplace(std::move(a)); });
        QVERIFY(!answer); // the caller's thread is not blocked
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->payload, (QList<int>{1, 2, 3}));
        QCOMPARE(answer->ranOn, &worker.thread);
        QCOMPARE(answer->resumedOn, QThread::currentThread());
    }

    void awaitsCoroutineWorkThere()
    {
        Worker worker;
        std::optional<Answer> answer;
        QCoro::connect(hopCoroutine(&worker.target, {4, 5}), this, [&answer](Answer a) { answer.emplace(std::move(a)); });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->payload, (QList<int>{4, 5}));
        QCOMPARE(answer->ranOn, &worker.thread);
        QCOMPARE(answer->resumedOn, QThread::currentThread());
    }

    void destroyedContextIsNotResumed()
    {
        Worker worker;
        bool resumed = false, guardedResumed = false;
        auto context = std::make_unique<QObject>();
        QCoro::connect(hopGuarded(&worker.target, context.get()), this, [&resumed](bool) { resumed = true; });
        context.reset();
        // An unguarded call made later answers later: once it is back, the first answer was seen.
        bool later = false;
        QCoro::connect(hopGuarded(&worker.target, nullptr), this, [&later](bool) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!resumed);
        auto kept = std::make_unique<QObject>();
        QCoro::connect(hopGuarded(&worker.target, kept.get()), this, [&guardedResumed](bool) { guardedResumed = true; });
        QTRY_VERIFY(guardedResumed); // a living context is resumed into
    }

    void manyCallsKeepOrderAndPayloads()
    {
        Worker worker;
        QList<QList<int>> answers;
        constexpr int kCalls = 200;
        for (int i = 0; i < kCalls; ++i) {
            QList<int> payload(1000, i);
            QCoro::connect(hop(&worker.target, payload), this, [&answers](Answer a) { answers.append(a.payload); });
        }
        QTRY_COMPARE(answers.size(), kCalls);
        for (int i = 0; i < kCalls; ++i)
            QCOMPARE(answers.at(i), QList<int>(1000, i));
    }
};

QTEST_GUILESS_MAIN(TestThreadCall)
#include "tst_threadcall.moc"
