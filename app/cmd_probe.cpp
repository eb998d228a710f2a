#include "cmd_probe.h"
#include "backends/combackend.h"
#include "comapartment.h"
#include "core/domain/ksttime.h"
#include "core/feed/marketfeed.h"
#include <QMap>
#include <optional>
#include <cstdio>
#include <qcoro/qcorotask.h>

namespace cybos {
namespace {

// QCoro::waitFor needs a default-constructible result; Result<T> is not.
template<typename T>
QCoro::Task<std::optional<T>> optional(QCoro::Task<T> task)
{
    co_return co_await std::move(task);
}

template<typename T>
T awaitResult(QCoro::Task<T> task)
{
    return *QCoro::waitFor(optional(std::move(task)));
}

void line(const QString &label, const QString &value)
{
    std::fputs((label.leftJustified(15) + value + u'\n').toUtf8().constData(), stdout);
}

QString serverTypeName(int type)
{
    switch (type) {
    case 1: return QStringLiteral("1 (CybosPlus server)");
    case 2: return QStringLiteral("2 (HTS server)");
    default: return QStringLiteral("0 (none)");
    }
}

void printBudgets(const MarketFeed &feed)
{
    const RequestBudget r = feed.requestBudget();
    line(QStringLiteral("requests:"), QStringLiteral("%1 of %2 left in the %3 s window, resets in %4 ms")
                                          .arg(r.remaining).arg(r.limit).arg(r.windowMs / 1000).arg(r.resetInMs));
    const SubscriptionBudget s = feed.subscriptionBudget();
    line(QStringLiteral("subscriptions:"), QStringLiteral("%1 of %2 used").arg(s.used).arg(s.limit));
}

void printCodes(MarketFeed &feed)
{
    const Result<StockList> stocks = awaitResult(feed.stockList());
    if (!stocks) {
        line(QStringLiteral("codes:"), QStringLiteral("failed: ") + stocks.error().message);
        return;
    }
    QMap<QString, int> perMarket;
    for (const Stock &s : *stocks)
        ++perMarket[s.market.isEmpty() ? QStringLiteral("other") : s.market];
    QStringList parts;
    for (auto it = perMarket.cbegin(); it != perMarket.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    line(QStringLiteral("codes:"), parts.join(QStringLiteral(", ")) + QStringLiteral(" (total %1)").arg(stocks->size()));
}

void printSnapshot(MarketFeed &feed)
{
    const Result<Quote> q = awaitResult(feed.snapshot(QStringLiteral("005930")));
    if (!q) {
        line(QStringLiteral("005930:"), QStringLiteral("failed (%1): %2").arg(errorCodeName(q.error().code), q.error().message));
        return;
    }
    line(QStringLiteral("005930:"), QStringLiteral("%1 %2 KRW, change %3 (%4 %), at %5")
                                        .arg(q->name).arg(q->price).arg(q->change)
                                        .arg(q->changeRate, 0, 'f', 2).arg(Kst::toIso(q->timeMs)));
    const auto given = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QStringLiteral("-"); };
    line(QString(), QStringLiteral("open %1 high %2 low %3, ask %4 bid %5, limits %6..%7")
                        .arg(given(q->open), given(q->high), given(q->low), given(q->ask), given(q->bid),
                             given(q->lowerLimit), given(q->upperLimit)));
    line(QString(), QStringLiteral("volume %1 shares, value %2 KRW").arg(q->volume).arg(q->value));
}

} // namespace

int runProbe(const Config &config)
{
    const ComApartment apartment;
    Result<Backend> backend = createComBackend(config);
    if (!backend) {
        std::fprintf(stderr, "cybos-server: %s\n", backend.error().message.toUtf8().constData());
        return 1;
    }
    MarketFeed &feed = *backend.value().feed;
    const bool connected = feed.isConnected();
    line(QStringLiteral("backend:"), feed.backendName());
    line(QStringLiteral("connected:"), connected ? QStringLiteral("yes") : QStringLiteral("no"));
    line(QStringLiteral("server type:"), serverTypeName(feed.serverType()));
    printBudgets(feed);
    printCodes(feed);
    if (connected)
        printSnapshot(feed);
    else
        line(QStringLiteral("005930:"), QStringLiteral("skipped: not connected (is Cybos Plus running and logged in?)"));
    std::fflush(stdout);
    return connected ? 0 : 1;
}

} // namespace cybos
