#pragma once
// The forwarding side of the forwarder and relay suites: numbered ticks of three codes, a
// source's storage with forwarding on, and forwarder options that retry fast.
#include "core/domain/tick.h"
#include "core/forward/forwarderoptions.h"
#include "core/storage/metarepository.h"
#include "core/storage/storage.h"
#include "core/storage/tickwriter.h"
#include "tempdb.h"
#include <QTest>
#include <QUrl>

namespace cybos::test {

inline TickList makeTicks(qint64 firstSeq, int n)
{
    static const QStringList codes{QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("035420")};
    TickList out;
    for (int i = 0; i < n; ++i) {
        const qint64 seq = firstSeq + i;
        out << Tick{.seq = seq, .code = codes.at(seq % codes.size()), .timeMs = 1'780'000'000'000 + seq,
                    .price = 70000 + seq % 50 * 100, .change = 100, .volume = 1 + seq % 7,
                    .cumVolume = 1000 + seq, .cumValue = 70'000'000 + seq, .ask = 70100, .bid = 70000,
                    .side = seq % 2 ? Side::Buy : Side::Sell};
    }
    return out;
}

// seqs from..to, both included: what a complete delivery holds.
inline QList<qint64> seqRange(qint64 from, qint64 to)
{
    QList<qint64> out;
    for (qint64 s = from; s <= to; ++s)
        out << s;
    return out;
}

// A source's storage with forwarding on.
class SourceDb
{
public:
    SourceDb() : storage(StorageOptions{.path = tmp.path(), .retentionDays = 0, .forwarding = true})
    {
        const bool opened = storage.open().ok();
        Q_ASSERT(opened);
    }
    ~SourceDb() { storage.shutdown(); }

    bool store(qint64 firstSeq, int n)
    {
        storage.tickWriter()->submit(makeTicks(firstSeq, n));
        const qint64 last = firstSeq + n - 1;
        return QTest::qWaitFor([&] { return storage.committedSeq() >= last; }, 10000);
    }
    qint64 metaCursor() const
    {
        auto db = storage.database().connection(DbAccess::ReadOnly);
        return db ? MetaRepository(*db).getInt(MetaKey::ForwardCursor, 0).value() : -1;
    }
    QString instanceId() const
    {
        auto db = storage.database().connection(DbAccess::ReadOnly);
        return MetaRepository(*db).get(MetaKey::InstanceId).value().value_or(QString());
    }

    TempDb tmp;
    Storage storage;
};

// Options for a forwarder under test: retries within 20..200 ms, so a suite does not wait
// seconds, and no heartbeat pushes unless a test asks for them.
inline ForwarderOptions fastForwarderOptions(const QUrl &remote)
{
    ForwarderOptions o;
    o.remote = remote;
    o.key = QStringLiteral("secret");
    o.minBackoffMs = 20;
    o.maxBackoffMs = 200;
    o.pollIntervalMs = 20;
    o.heartbeatMs = 0;
    return o;
}

// The same for NATS JetStream (nats:// or tls://): no key, 1,000-tick pushes, 5-s acks, a
// stream created with a 7-day max age.
inline ForwarderOptions fastNatsForwarderOptions(const QUrl &remote)
{
    ForwarderOptions o = fastForwarderOptions(remote);
    o.key.clear();
    o.maxBatchTicks = 1000;
    o.requestTimeoutMs = 5000;
    o.retentionDays = 7;
    return o;
}

} // namespace cybos::test
