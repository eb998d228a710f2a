// The relay's IngestService: ticks get the relay's seq and keep (source, source_seq), repeats
// are dropped per source, several sources merge, the answer comes only once the ticks are
// committed, the bus fans out each tick once, stock pushes land.
#include "core/domain/domainjson.h"
#include "core/storage/stockrepository.h"
#include "forwardfakes.h"
#include "relayfakes.h"
#include <QSignalSpy>
#include <algorithm>
#include <qcoro/qcorotask.h>

using namespace cybos;
using namespace cybos::test;

namespace {
QList<qint64> seqs(const TickList &ticks)
{
    QList<qint64> out;
    for (const Tick &t : ticks)
        out << t.seq;
    return out;
}

QList<qint64> sourceSeqs(const TickList &ticks, const QString &source)
{
    QList<qint64> out;
    for (const Tick &t : ticks) {
        if (t.source == source)
            out << t.sourceSeq;
    }
    return out;
}

bool strictlyIncreasing(const QList<qint64> &seqs)
{
    return std::adjacent_find(seqs.cbegin(), seqs.cend(), std::greater_equal<qint64>()) == seqs.cend();
}

const QString kSrc = QStringLiteral("src");
} // namespace

class TestRelayIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbersTicksAndKeepsTheSource();
    void dropsRepeats();
    void mergesSeveralSources();
    void takesALateTickOnce();
    void sortsAnUnorderedPush();
    void answersOnlyOnceCommitted();
    void fansOutEachTickOnce();
    void timedOutPushIsTakenAgain();
    void emptyPushIsAHeartbeat();
    void storesPushedStocks();
    void stockJsonRoundTrip();
    void continuesAfterARestart();
};

void TestRelayIngest::numbersTicksAndKeepsTheSource()
{
    RelayRig relay;
    const TickList pushed = makeTicks(1000, 50);
    auto r = await(relay.ingest->ingest(kSrc, pushed));
    QVERIFY(r.ok());
    QCOMPARE(r->ackSeq, 1049); // the source's, for its cursor
    QCOMPARE(r->received, 50);
    QCOMPARE(r->stored, 50);
    QCOMPARE(r->duplicates, 0);
    const TickList stored = relay.stored();
    QCOMPARE(seqs(stored), seqRange(1, 50)); // the relay's own counter
    for (int i = 0; i < stored.size(); ++i) {
        Tick expected = pushed.at(i);
        expected.seq = stored.at(i).seq;
        expected.source = kSrc;
        expected.sourceSeq = pushed.at(i).seq;
        QCOMPARE(stored.at(i), expected);
    }
    const QByteArray json = DomainJson::toJson(stored.first());
    QVERIFY2(json.contains("\"source\":\"src\",\"source_seq\":1000"), json.constData());
    QVERIFY(!DomainJson::toJson(pushed.first()).contains("source")); // not a relay's tick
}

void TestRelayIngest::dropsRepeats()
{
    RelayRig relay;
    QVERIFY(await(relay.ingest->ingest(kSrc, makeTicks(1, 20))).ok());
    auto r = await(relay.ingest->ingest(kSrc, makeTicks(11, 20)));
    QVERIFY(r.ok());
    QCOMPARE(r->ackSeq, 30);
    QCOMPARE(r->stored, 10);
    QCOMPARE(r->duplicates, 10);
    auto again = await(relay.ingest->ingest(kSrc, makeTicks(1, 30)));
    QVERIFY(again.ok());
    QCOMPARE(again->stored, 0);
    QCOMPARE(again->ackSeq, 30);
    QCOMPARE(seqs(relay.stored()), seqRange(1, 30));
    QCOMPARE(sourceSeqs(relay.stored(), kSrc), seqRange(1, 30));
}

// Two "accounts": each source numbers its ticks from 1; the relay holds every one once.
void TestRelayIngest::mergesSeveralSources()
{
    RelayRig relay;
    const QString a = QStringLiteral("pc-a"), b = QStringLiteral("pc-b");
    for (int round = 0; round < 4; ++round) {
        QVERIFY(await(relay.ingest->ingest(a, makeTicks(1 + round * 10, 10))).ok());
        QVERIFY(await(relay.ingest->ingest(b, makeTicks(1 + round * 5, 10))).ok()); // overlapping retries
    }
    const TickList stored = relay.stored();
    QCOMPARE(sourceSeqs(stored, a), seqRange(1, 40));
    QCOMPARE(sourceSeqs(stored, b), seqRange(1, 25));
    QCOMPARE(seqs(stored), seqRange(1, 65));
    QCOMPARE(relay.bus->highestFrom(a), 40);
    QCOMPARE(relay.bus->highestFrom(b), 25);
}

// A retried publish can reach the stream after later ones: the late tick is new, once.
void TestRelayIngest::takesALateTickOnce()
{
    RelayRig relay;
    TickList first = makeTicks(1, 10);
    const TickList late = first.mid(5, 2); // source seqs 6, 7
    first.remove(5, 2);
    QVERIFY(await(relay.ingest->ingest(kSrc, first)).ok());
    auto r = await(relay.ingest->ingest(kSrc, late));
    QVERIFY(r.ok());
    QCOMPARE(r->stored, 2);
    auto again = await(relay.ingest->ingest(kSrc, makeTicks(1, 10)));
    QVERIFY(again.ok());
    QCOMPARE(again->stored, 0);
    const TickList stored = relay.stored();
    QCOMPARE(stored.size(), 10);
    QList<qint64> got = sourceSeqs(stored, kSrc);
    std::sort(got.begin(), got.end());
    QCOMPARE(got, seqRange(1, 10));
}

void TestRelayIngest::sortsAnUnorderedPush()
{
    RelayRig relay;
    TickList pushed = makeTicks(1, 10);
    std::reverse(pushed.begin(), pushed.end());
    auto r = await(relay.ingest->ingest(kSrc, pushed));
    QVERIFY(r.ok());
    QCOMPARE(r->stored, 10);
    QCOMPARE(sourceSeqs(relay.stored(), kSrc), seqRange(1, 10));
}

void TestRelayIngest::answersOnlyOnceCommitted()
{
    RelayRig relay;
    for (int round = 0; round < 5; ++round) {
        auto r = await(relay.ingest->ingest(kSrc, makeTicks(1 + round * 100, 100)));
        QVERIFY(r.ok());
        QVERIFY(relay.storage.committedSeq() >= r->waitSeq);
        QCOMPARE(relay.stored().size(), (round + 1) * 100); // visible to readers at once
    }
}

void TestRelayIngest::fansOutEachTickOnce()
{
    RelayRig relay;
    QSignalSpy published(relay.bus.get(), &TickBus::ticksPublished);
    QSignalSpy ingested(relay.ingest.get(), &IngestService::ticksIngested);
    QVERIFY(await(relay.ingest->ingest(kSrc, makeTicks(1, 40))).ok());
    QVERIFY(await(relay.ingest->ingest(kSrc, makeTicks(21, 40))).ok());
    TickList all;
    for (const QList<QVariant> &args : std::as_const(published))
        all += args.at(0).value<TickList>();
    QCOMPARE(seqs(all), seqRange(1, 60));
    QCOMPARE(relay.bus->lastSeq(), 60);
    QCOMPARE(relay.bus->published(), 60);
    QCOMPARE(ingested.size(), 2);
    QCOMPARE(ingested.at(1).at(0).toLongLong(), 60);
}

void TestRelayIngest::timedOutPushIsTakenAgain()
{
    RelayRig relay;
    relay.ingest->setCommitTimeoutMs(0); // the writer has (almost surely) not committed yet
    qint64 first = 0;
    for (int attempt = 0; attempt < 10 && first == 0; ++attempt) {
        auto r = await(relay.ingest->ingest(kSrc, makeTicks(1 + attempt * 10, 10)));
        if (!r.ok()) {
            QCOMPARE(r.error().code, ErrorCode::StorageBusy);
            first = 1 + attempt * 10;
        }
    }
    QVERIFY(first > 0);
    relay.ingest->setCommitTimeoutMs(IngestService::kCommitTimeoutMs);
    auto retried = await(relay.ingest->ingest(kSrc, makeTicks(first, 10)));
    QVERIFY(retried.ok());
    QCOMPARE(retried->ackSeq, first + 9);
    QCOMPARE(retried->stored, 10); // taken again, not dropped as a repeat...
    const TickList stored = relay.stored();
    QCOMPARE(sourceSeqs(stored, kSrc), seqRange(1, first + 9)); // ...and stored once though submitted twice
    QVERIFY(strictlyIncreasing(seqs(stored)));
}

void TestRelayIngest::emptyPushIsAHeartbeat()
{
    RelayRig relay;
    QSignalSpy pushed(relay.ingest.get(), &IngestService::pushed);
    auto r = await(relay.ingest->ingest(kSrc, {}));
    QVERIFY(r.ok());
    QCOMPARE(r->ackSeq, 0);
    QCOMPARE(pushed.size(), 1);
    QVERIFY(relay.ingest->lastIngestMs() > 0);
}

void TestRelayIngest::storesPushedStocks()
{
    RelayRig relay;
    StockList stocks{Stock{.code = QStringLiteral("005930"), .name = QStringLiteral("삼성전자"),
                           .market = QStringLiteral("kospi"), .kospi200 = true, .status = QStringLiteral("normal"),
                           .prevClose = 70000}};
    QSignalSpy ingested(relay.ingest.get(), &IngestService::stocksIngested);
    auto r = await(relay.ingest->ingestStocks(kSrc, stocks));
    QVERIFY(r.ok());
    QCOMPARE(*r, 1);
    QCOMPARE(ingested.size(), 1);
    auto db = relay.storage.database().connection(DbAccess::ReadOnly);
    auto got = StockRepository(*db).get(QStringLiteral("005930"));
    QVERIFY(got.ok() && got->has_value());
    QCOMPARE((*got)->name, QStringLiteral("삼성전자"));
    QCOMPARE((*got)->prevClose, std::optional<qint64>(70000));
    QVERIFY((*got)->kospi200);
}

void TestRelayIngest::stockJsonRoundTrip()
{
    Stock s{.code = QStringLiteral("Q500001"), .name = QStringLiteral("ETN \"one\""), .market = QStringLiteral("etn"),
            .section = QStringLiteral("etn"), .kospi200 = false, .controlKind = QStringLiteral("caution"),
            .supervision = true, .status = QStringLiteral("halted"), .listedDate = QDate(2020, 2, 29),
            .parPrice = 5000, .upperLimit = 13000, .lowerLimit = 7000, .prevClose = 10000,
            .updatedAt = QDateTime::fromMSecsSinceEpoch(1'780'000'000'123)};
    const QByteArray json = DomainJson::toJson(s);
    auto back = DomainJson::stockFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->code, s.code);
    QCOMPARE(back->name, s.name);
    QCOMPARE(back->listedDate, s.listedDate);
    QCOMPARE(back->stdPrice, std::optional<qint64>());
    QCOMPARE(back->upperLimit, s.upperLimit);
    QCOMPARE(back->updatedAt.toMSecsSinceEpoch(), s.updatedAt.toMSecsSinceEpoch());
    QCOMPARE(back->supervision, true);
    QCOMPARE(back->controlKind, s.controlKind);
    auto bad = DomainJson::stockFromJson(QJsonObject{{QStringLiteral("code"), QStringLiteral("005930")},
                                               {QStringLiteral("name"), QStringLiteral("x")},
                                               {QStringLiteral("market"), QStringLiteral("kospi")},
                                               {QStringLiteral("par_price"), QStringLiteral("ten")}});
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("par_price")));
}

void TestRelayIngest::continuesAfterARestart()
{
    TempDb dir;
    {
        RelayRig relay(dir.path());
        QVERIFY(await(relay.ingest->ingest(kSrc, makeTicks(1, 30))).ok());
    }
    RelayRig relay(dir.path());
    QCOMPARE(relay.bus->highestFrom(kSrc), 30);
    auto r = await(relay.ingest->ingest(kSrc, makeTicks(21, 20)));
    QVERIFY(r.ok());
    QCOMPARE(r->stored, 10);
    const TickList stored = relay.stored();
    QCOMPARE(sourceSeqs(stored, kSrc), seqRange(1, 40));
    QVERIFY(strictlyIncreasing(seqs(stored))); // the counter never goes back, even across a restart
}

QTEST_GUILESS_MAIN(TestRelayIngest)
#include "tst_relayingest.moc"
