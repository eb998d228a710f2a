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

namespace cybos::test {

class RelayRig
{
public:
    explicit RelayRig(const QString &path = {})
        : storage(StorageOptions{.path = path.isEmpty() ? tmp.path() : path, .retentionDays = 0})
    {
        const bool opened = storage.open().ok();
        Q_ASSERT(opened);
        bus = std::make_unique<RelayBus>(storage.committedSeq());
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
