#include "replaybackend.h"
#include "core/replay/replayfeed.h"
#include "core/storage/storage.h"
#include <QTimer>

namespace cybos {

ReplayAssembly::ReplayAssembly() = default;
ReplayAssembly::~ReplayAssembly() = default;

Status ReplayAssembly::build(const BackendEnv &env, TickBus &)
{
    ReplayOptions options;
    options.path = env.config.replayFrom;
    options.speed = env.config.replaySpeed;
    options.keepTimes = env.config.replayKeepTimes;
    auto feed = std::make_unique<ReplayFeed>(options);
    if (Status st = feed->open(); !st)
        return st;
    Storage *storage = &env.storage;
    feed->setBackpressure([storage] { return storage->status().writerBacklog > kBacklog; });
    ReplayFeed *raw = feed.get();
    QTimer::singleShot(0, raw, [raw] { raw->start(); }); // once every consumer is connected
    m_feed = std::move(feed);
    return Ok{};
}

MarketFeed *ReplayAssembly::feed() const
{
    return m_feed.get();
}

} // namespace cybos
