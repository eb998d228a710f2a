// The relay's IngestService: ticks keep the source's seq, repeats are dropped, the answer
// comes only once the ticks are committed, the bus fans out each tick once, stock pushes land.
#include "core/domain/domainjson.h"
#include "core/storage/stockrepository.h"
#include "tst_forwardfakes.h"
#include "tst_relayfakes.h"
#include <QSignalSpy>
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
} // namespace

class TestRelayIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsTheSourceSeq();
    void dropsRepeats();
    void sortsAnUnorderedPush();
    void answersOnlyOnceCommitted();
    void fansOutEachTickOnce();
    void timedOutPushIsTakenAgain();
    void emptyPushIsAHeartbeat();
    void storesPushedStocks();
    void stockJsonRoundTrip();
    void continuesAfterARestart();
};

void TestRelayIngest::keepsTheSourceSeq()
{
    RelayRig relay;
    const TickList pushed = makeTicks(1000, 50);
    qDebug() << "before" << pushed.at(3).timeMs << pushed.constData();
    auto r = await(relay.ingest->ingest(QStringLiteral("src"), pushed));
    qDebug() << "after" << pushed.at(3).timeMs << pushed.constData();
    QVERIFY(r.ok());
    QCOMPARE(r->ackSeq, 1049);
    QCOMPARE(r->received, 50);
    QCOMPARE(r->stored, 50);
    QCOMPARE(r->duplicates, 0);
    const TickList stored = relay.stored();
    QCOMPARE(stored.size(), pushed.size());
    for (int i = 0; i < stored.size(); ++i) {
        const Tick &a = stored.at(i);
        const Tick &b = pushed.at(i);
        QVERIFY2(a == b, qPrintable(QStringLiteral("%1 %2 %3 %4 %5 / %6 %7 %8 %9 %10").arg(a.seq).arg(a.code).arg(a.timeMs).arg(int(a.side)).arg(int(a.session))
            .arg(b.seq).arg(b.code).arg(b.timeMs).arg(int(b.side)).arg(int(b.session))));
    }
}

void TestRelayIngest::dropsRepeats()
{
    RelayRig relay;
    QVERIFY(await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(1, 20))).ok());
    auto r = await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(11, 20)));
    QVERIFY(r.ok());
    QCOMPARE(r->ackSeq, 30);
    QCOMPARE(r->stored, 10);
    QCOMPARE(r->duplicates, 10);
    auto again = await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(1, 30)));
    QVERIFY(again.ok());
    QCOMPARE(again->stored, 0);
    QCOMPARE(again->ackSeq, 30);
    QCOMPARE(seqs(relay.stored()), seqRange(1, 30));
}

void TestRelayIngest::sortsAnUnorderedPush()
{
    RelayRig relay;
    TickList pushed = makeTicks(1, 10);
    std::reverse(pushed.begin(), pushed.end());
    auto r = await(relay.ingest->ingest(QStringLiteral("src"), pushed));
    QVERIFY(r.ok());
    QCOMPARE(r->stored, 10);
    QCOMPARE(seqs(relay.stored()), seqRange(1, 10));
}

void TestRelayIngest::answersOnlyOnceCommitted()
{
    RelayRig relay;
    for (int round = 0; round < 5; ++round) {
        auto r = await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(1 + round * 100, 100)));
        QVERIFY(r.ok());
        QVERIFY(relay.storage.committedSeq() >= r->ackSeq);
        QCOMPARE(relay.stored().size(), (round + 1) * 100); // visible to readers at once
    }
}

void TestRelayIngest::fansOutEachTickOnce()
{
    RelayRig relay;
    QSignalSpy published(relay.bus.get(), &TickBus::ticksPublished);
    QSignalSpy ingested(relay.ingest.get(), &IngestService::ticksIngested);
    QVERIFY(await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(1, 40))).ok());
    QVERIFY(await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(21, 40))).ok());
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
        auto r = await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(1 + attempt * 10, 10)));
        if (!r.ok()) {
            QCOMPARE(r.error().code, ErrorCode::StorageBusy);
            first = 1 + attempt * 10;
        }
    }
    QVERIFY(first > 0);
    relay.ingest->setCommitTimeoutMs(IngestService::kCommitTimeoutMs);
    auto retried = await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(first, 10)));
    QVERIFY(retried.ok());
    QCOMPARE(retried->ackSeq, first + 9);
    QCOMPARE(retried->stored, 10); // taken again, not dropped as a repeat...
    QCOMPARE(seqs(relay.stored()), seqRange(1, first + 9)); // ...and stored once though submitted twice
}

void TestRelayIngest::emptyPushIsAHeartbeat()
{
    RelayRig relay;
    QSignalSpy pushed(relay.ingest.get(), &IngestService::pushed);
    auto r = await(relay.ingest->ingest(QStringLiteral("src"), {}));
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
    auto r = await(relay.ingest->ingestStocks(QStringLiteral("src"), stocks));
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
        QVERIFY(await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(1, 30))).ok());
    }
    RelayRig relay(dir.path());
    QCOMPARE(relay.bus->lastAccepted(), 30);
    auto r = await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(21, 20)));
    QVERIFY(r.ok());
    QCOMPARE(r->stored, 10);
    QCOMPARE(seqs(relay.stored()), seqRange(1, 40));
}

QTEST_GUILESS_MAIN(TestRelayIngest)
#include "tst_relayingest.moc"
