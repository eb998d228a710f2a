// ThreadCall: the work runs on the target's thread and the awaiting coroutine resumes on its
// own thread with the result; calls run in the order they were made, payloads intact.
#include "core/async/threadcall.h"
#include <QTest>
#include <QThread>
#include <functional>
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
