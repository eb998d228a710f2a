#pragma once
// A relay in the test process: its storage, RelayBus wired to the tick writer like the
// composition root wires a TickBus, and the IngestService.
#include "core/relay/ingestservice.h"
#include "core/relay/relaybus.h"
#include "core/storage/storage.h"
#include "core/storage/tickrepository.h"
#include "core/storage/tickwriter.h"
#include "tempdb.h"
#include <memory>
#include <utility>

namespace cybos::test {

// A relay's ticks as their source numbered them: seq = source_seq, no source fields.
inline TickList asAtSource(TickList ticks)
{
    for (Tick &t : ticks) {
        t.seq = std::exchange(t.sourceSeq, 0);
        t.source.clear();
    }
    return ticks;
}

class RelayRig
{
public:
    explicit RelayRig(const QString &path = {})
        : storage(StorageOptions{.path = path.isEmpty() ? tmp.path() : path, .retentionDays = 0})
    {
        const bool opened = storage.open().ok();
        Q_ASSERT(opened);
        bus = RelayBus::forStorage(storage).value();
        QObject::connect(bus.get(), &TickBus::ticksPublished, storage.tickWriter(), &TickWriter::submit,
                         Qt::DirectConnection);
        ingest = std::make_unique<IngestService>(bus.get(), &storage);
    }
    ~RelayRig()
    {
        ingest.reset();
        bus.reset();
        storage.shutdown();
    }

    TickList stored() const
    {
        auto db = storage.database().connection(DbAccess::ReadOnly);
        return TickRepository(*db).sinceSeq(0, 1'000'000).value();
    }

    TempDb tmp;
    Storage storage;
    std::unique_ptr<RelayBus> bus;
    std::unique_ptr<IngestService> ingest;
};

} // namespace cybos::test
