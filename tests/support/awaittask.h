#pragma once
// Runs a task to completion in a local event loop and returns its result (QCoro::waitFor
// needs a default-constructible result; Result<T> is not).
//
//     const Result<Quote> quote = test::await(feed.snapshot(QStringLiteral("005930")));
#include <QEventLoop>
#include <optional>
#include <qcoro/qcorotask.h>

namespace cybos::test {

template<typename T>
T await(QCoro::Task<T> task)
{
    std::optional<T> out;
    QEventLoop loop;
    auto run = [&]() -> QCoro::Task<> {
        out.emplace(co_await std::move(task));
        loop.quit();
    };
    auto running = run();
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace cybos::test
