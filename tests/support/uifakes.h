#pragma once
// Fakes for the UI tests: a FeedServices with a scripted state (pins, subscriptions, budget,
// connection) that records what the UI asked of it, a StatusProvider returning a settable
// snapshot, and a sequence source for a real TickBus. No Q_OBJECT: they add no signals.
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "core/pipeline/seqsource.h"
#include "core/pipeline/tickbus.h"
#include "core/services/feedservices.h"
#include "core/status/systemstatus.h"
#include "tempdb.h"
#include "ui/desktop.h"
#include "ui/mainwindow.h"
#include <memory>
#include <tuple>

namespace cybos::test {

class UiFakeServices : public FeedServices
{
public:
    using FeedServices::FeedServices;

    QCoro::Task<Result<Quote>> quote(QString, bool, int) override { co_return makeError(ErrorCode::FeedError, QStringLiteral("fake")); }
    QCoro::Task<Result<QuotesAnswer>> quotes(QStringList, int) override { co_return makeError(ErrorCode::FeedError, QStringLiteral("fake")); }
    QCoro::Task<Result<OrderBook>> orderBook(QString code, int) override
    {
        ++bookCalls;
        if (bookError)
            co_return Error(*bookError);
        if (!books.contains(code))
            co_return makeError(ErrorCode::FeedError, QStringLiteral("fake"));
        co_return OrderBook(books.value(code));
    }
    Status followOrderBook(const QString &code) override
    {
        followed << code;
        return Ok{};
    }
    QCoro::Task<Status> ensureHistory(ChartQuery, int) override { co_return makeError(ErrorCode::FeedError, QStringLiteral("fake")); }
    QCoro::Task<Result<JobStart>> startBackfill(BackfillRequest) override { co_return makeError(ErrorCode::FeedError, QStringLiteral("fake")); }
    std::optional<Job> job(qint64) const override { return std::nullopt; }

    QCoro::Task<JobStart> startCodeSync() override
    {
        ++codeSyncs;
        co_return JobStart{Job{codeSyncs, JobKind::CodeSync, JobState::Running}, codeSyncs == 1};
    }

    QCoro::Task<Result<QStringList>> pin(QStringList codes) override
    {
        pinCalls << codes;
        QStringList next = m_pinned;
        for (const QString &c : codes) {
            if (c.size() != 6)
                co_return makeError(ErrorCode::UnknownCode, QStringLiteral("unknown"));
            if (!next.contains(c))
                next << c;
        }
        if (next.size() + m_watched.size() > limit)
            co_return makeError(ErrorCode::SubscriptionLimit, QStringLiteral("limit"));
        m_pinned = next;
        changed();
        co_return QStringList(m_pinned); // a copy: GCC 12 moves from a member named in co_return
    }

    QCoro::Task<Result<QStringList>> unpin(QString code) override
    {
        unpinCalls << code;
        m_pinned.removeAll(code);
        changed();
        co_return QStringList(m_pinned); // a copy: GCC 12 moves from a member named in co_return
    }

    QCoro::Task<Status> watch(QStringList codes) override
    {
        for (const QString &c : codes) {
            if (!m_watched.contains(c))
                m_watched << c;
        }
        changed();
        co_return Ok{};
    }

    QCoro::Task<Status> unwatch(QStringList codes) override
    {
        for (const QString &c : codes)
            m_watched.removeAll(c);
        changed();
        co_return Ok{};
    }

    QStringList pinned() const override { return m_pinned; }
    QStringList subscribed() const override
    {
        if (paused)
            return {};
        QStringList all = m_pinned;
        for (const QString &c : m_watched) {
            if (!all.contains(c))
                all << c;
        }
        return all;
    }
    void setPaused(bool on) override
    {
        paused = on;
        changed();
    }
    BudgetStatus budget() const override { return budgetNow; }
    bool isConnected() const override { return connected; }
    qint64 connectedSinceMs() const override { return connected ? 1'700'000'000'000 : 0; }

    void setBudget(const BudgetStatus &b)
    {
        budgetNow = b;
        Q_EMIT budgetChanged();
    }
    void setConnected(bool on)
    {
        connected = on;
        Q_EMIT connectionChanged(on);
    }

    QHash<QString, OrderBook> books;   // snapshots orderBook() answers
    std::optional<Error> bookError;    // when set, orderBook() fails with it
    int bookCalls = 0;
    QStringList followed;              // followOrderBook() calls, "" = stop
    qint64 codeSyncs = 0;
    QList<QStringList> pinCalls;
    QStringList unpinCalls;
    BudgetStatus budgetNow;
    bool connected = true;
    bool paused = false;
    int limit = 400;

private:
    void changed()
    {
        budgetNow.subscriptions.used = int(subscribed().size());
        Q_EMIT subscriptionsChanged(subscribed());
    }

    QStringList m_pinned;
    QStringList m_watched;
};

class UiFakeStatus : public StatusProvider
{
public:
    UiFakeStatus()
    {
        status.version = QStringLiteral("0.1.0");
        status.backend = BackendKind::Emulator;
        status.feed = {true, 1, 1'700'000'000'000};
        status.database.path = QStringLiteral("/tmp/cybos.db");
        status.database.sizeBytes = 5 * 1024 * 1024;
        status.server.address = QStringLiteral("http://127.0.0.1:18000");
        status.server.wsClients = 3;
        status.rates.ticksPerS = 1234;
        status.rates.storedPerS = 1200;
    }
    SystemStatus snapshot() const override { return status; }
    SystemStatus status;
};

class UiFakeSeq : public SeqSource
{
public:
    qint64 next() override { return ++m_last; }
    qint64 lastIssued() const override { return m_last; }

private:
    qint64 m_last = 0;
};

inline Tick makeTick(const QString &code, qint64 price, qint64 change, qint64 cumVolume = 1000, Side side = Side::Buy)
{
    Tick t;
    t.code = code;
    t.timeMs = 1'795'651'201'123; // 2026-11-26 09:00:01.123 KST
    t.price = price;
    t.change = change;
    t.volume = 10;
    t.cumVolume = cumVolume;
    t.cumValue = cumVolume * price;
    t.ask = price + 100;
    t.bid = price;
    t.side = side;
    return t;
}

// The whole desktop on the fakes above, with its settings file in a temporary folder.
class UiFixture
{
public:
    UiFixture() { rebuild(); }
    ~UiFixture() { desktop.reset(); }

    UiContext context()
    {
        UiContext ctx;
        ctx.services = &services;
        ctx.quotes = &cache;
        ctx.status = &status;
        ctx.log = &log;
        ctx.config.configFile = tmp.dir() + QStringLiteral("/settings.ini");
        ctx.stockList = [] {
            StockList list;
            for (const auto &[code, name, eng] : {std::tuple{"005930", u"삼성전자", "SamsungElec"},
                                                  std::tuple{"005935", u"삼성전자우", "SamsungElec(1P)"},
                                                  std::tuple{"000660", u"SK하이닉스", "SK hynix"}}) {
                Stock s;
                s.code = QString::fromLatin1(code);
                s.name = QString::fromUtf16(name);
                s.engName = QString::fromLatin1(eng);
                list.append(s);
            }
            return list;
        };
        ctx.apiBaseUrl = QStringLiteral("http://127.0.0.1:8000");
        return ctx;
    }
    void rebuild()
    {
        desktop.reset(); // saves the layout of the previous one
        desktop = std::make_unique<Desktop>(context());
        QObject::connect(&bus, &TickBus::ticksPublished, desktop.get(), &Desktop::addTicks); // as the runtime does
    }
    MainWindow *window() const { return desktop->window(); }
    template<typename T>
    T *find(const char *name) const
    {
        T *w = window()->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    TempDb tmp;
    UiFakeServices services;
    UiFakeStatus status;
    UiFakeSeq seq;
    TickBus bus{&seq};
    QuoteCache cache;
    EventLog log{100};
    std::unique_ptr<Desktop> desktop;
};

} // namespace cybos::test
