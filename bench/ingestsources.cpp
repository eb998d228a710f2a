#include "ingestsources.h"
#include "app/backends/combackend.h"
#include "core/feed/marketfeed.h"
#include "core/pipeline/tickbus.h"
#include "cybos/emulator/emulator.h"
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>

namespace cybos::bench {

namespace {

constexpr int kEmulatorMaxRate = 1'000'000; // the emulator's own ceiling

class EmulatorSource : public TickSource
{
public:
    EmulatorSource(Backend backend, TickBus *bus, int subscribed)
        : m_backend(std::move(backend)), m_bus(bus), m_subscribed(subscribed) {}
    ~EmulatorSource() override { stop(); }

    void stop() override { QObject::disconnect(m_backend.feed.get(), nullptr, m_bus, nullptr); }
    QString describe() const override
    {
        return QStringLiteral("emulator+adapter, %1 codes, emulator rate %2/s")
            .arg(m_subscribed).arg(m_backend.emulator->ticksPerSecond());
    }

private:
    Backend m_backend;
    TickBus *m_bus;
    int m_subscribed;
};

// Synthetic trades on a timer: as fast as the bus takes them (rate 0), or paced.
class SyntheticSource : public TickSource
{
public:
    SyntheticSource(TickBus *bus, int rate, int codes) : m_bus(bus), m_rate(rate)
    {
        for (int i = 0; i < codes; ++i)
            m_codes << QStringLiteral("%1").arg(100000 + i * 10, 6, 10, QLatin1Char('0'));
        m_timer.setInterval(rate > 0 ? 5 : 0);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { slice(); });
        m_clock.start();
        m_timer.start();
    }
    void stop() override { m_timer.stop(); }
    QString describe() const override { return QStringLiteral("synthetic, %1 codes").arg(m_codes.size()); }

private:
    void slice()
    {
        const qint64 due = m_rate > 0 ? m_clock.elapsed() * m_rate / 1000 - m_sent : 2000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (qint64 i = 0; i < due; ++i, ++m_sent) {
            const qint64 n = m_sent;
            m_bus->publish(Tick{.code = m_codes.at(n % m_codes.size()), .timeMs = now, .price = 10000 + n % 500,
                                .change = n % 500 - 250, .volume = 1 + n % 97, .cumVolume = n, .cumValue = n * 10000,
                                .ask = 10010, .bid = 10000, .side = n % 2 ? Side::Buy : Side::Sell});
        }
    }

    TickBus *m_bus;
    int m_rate;
    QStringList m_codes;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_sent = 0;
};

QStringList pickCodes(const StockList &stocks, int count)
{
    QStringList kospi200, rest;
    for (const Stock &s : stocks)
        (s.kospi200 ? kospi200 : rest) << s.code;
    return (kospi200 + rest).mid(0, count);
}

QCoro::Task<Result<std::unique_ptr<TickSource>>> startEmulator(SourceOptions options, TickBus *bus)
{
    Config config;
    config.backend = BackendKind::Emulator;
    config.emulatorRate = options.rate > 0 ? std::min(options.rate, kEmulatorMaxRate) : kEmulatorMaxRate;
    config.emulatorClock = QStringLiteral("always-open");
    auto backend = createComBackend(config);
    if (!backend)
        co_return backend.error();
    MarketFeed *feed = backend->feed.get();
    QObject::connect(feed, &MarketFeed::tickReceived, bus, &TickBus::publish, Qt::DirectConnection);
    auto stocks = co_await feed->stockList();
    if (!stocks)
        co_return stocks.error();
    const QStringList codes = pickCodes(*stocks, options.codes);
    for (const QString &code : codes) {
        if (Status st = feed->subscribe(code); !st)
            co_return st.error();
    }
    co_return std::unique_ptr<TickSource>(new EmulatorSource(std::move(backend.value()), bus, int(codes.size())));
}

} // namespace

QCoro::Task<Result<std::unique_ptr<TickSource>>> startSource(SourceOptions options, TickBus *bus)
{
    if (options.kind == u"synthetic")
        co_return std::unique_ptr<TickSource>(new SyntheticSource(bus, options.rate, options.codes));
    if (options.kind == u"emulator")
        co_return co_await startEmulator(options, bus);
    co_return makeError(ErrorCode::BadRequest, QStringLiteral("unknown source '%1'").arg(options.kind));
}

} // namespace cybos::bench
