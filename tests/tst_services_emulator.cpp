// The ServiceHub over the real adapter and the emulator, on the wall clock: a code sync of
// the emulated KRX listing, streaming that survives a disconnect with each code subscribed
// exactly once again (no duplicate ticks), and a backfill that survives a disconnect with
// every bar the feed has stored exactly once.
#include "core/domain/ksttime.h"
#include "core/services/historyservice.h"
#include "core/storage/barrepository.h"
#include "core/storage/stockrepository.h"
#include "servicesemulatorrig.h"
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestServicesEmulator : public QObject
{
    Q_OBJECT

    using Rig = EmulatorServicesRig;

private Q_SLOTS:
    void codeSyncOfTheEmulatedListing()
    {
        Rig rig;
        const auto start = rig.await(rig.hub->startCodeSync());
        QVERIFY(start->started);
        const Job job = rig.awaitJob(start->job.id);
        QCOMPARE(job.state, JobState::Done);
        const auto perMarket = *StockRepository(rig.db()).countsByMarket();
        qint64 listed = 0;
        for (qint64 n : perMarket)
            listed += n;
        QCOMPARE(listed, job.total);
        QVERIFY(perMarket.value(QStringLiteral("kospi")) > 500);
        QVERIFY(perMarket.value(QStringLiteral("kosdaq")) > 500);
        QVERIFY(!StockRepository(rig.db()).query(StockFilter{.kospi200Only = true})->items.isEmpty());
        // The search (q=) finds codes by their Korean names (CodeToName), beyond the fact sheet's.
        const auto found = StockRepository(rig.db()).query(StockFilter{.q = QStringLiteral("써니전자")});
        QVERIFY(found.ok() && found->items.size() == 1);
        QCOMPARE(found->items.at(0).code, QStringLiteral("004770"));
    }

    void streamingSurvivesADisconnect()
    {
        Rig rig;
        const QStringList codes{QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("035420"),
                                QStringLiteral("005380"), QStringLiteral("068270")};
        QHash<QString, QList<qint64>> cumVolumes;
        QObject::connect(&rig.feed, &MarketFeed::tickReceived, &rig.feed,
                         [&](const Tick &t) { cumVolumes[t.code].append(t.cumVolume); });
        QVERIFY(rig.await(rig.hub->pin(codes))->ok());
        QCOMPARE(rig.emulator.stats().subscriptions, 5);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(codes.cbegin(), codes.cend(), [&](const QString &c) { return cumVolumes[c].size() >= 3; }), 10000);

        QSignalSpy edges(rig.hub.get(), &FeedServices::connectionChanged);
        rig.emulator.disconnectFor(300);
        QTRY_COMPARE_WITH_TIMEOUT(edges.count(), 2, 5000);
        QCOMPARE(edges.at(0).at(0).toBool(), false);
        QCOMPARE(edges.at(1).at(0).toBool(), true);
        // Every code subscribed again, once.
        QCOMPARE(rig.emulator.stats().subscriptions, 5);
        QCOMPARE(rig.feed.subscribedCodes().size(), 5);
        QStringList sorted = codes;
        sorted.sort();
        QCOMPARE(rig.hub->subscribed(), sorted);
        QHash<QString, qsizetype> before;
        for (const QString &c : codes)
            before.insert(c, cumVolumes[c].size());
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(codes.cbegin(), codes.cend(), [&](const QString &c) { return cumVolumes[c].size() >= before[c] + 3; }), 10000);
        // No duplicate stream: each code's cumulative volume only grows, tick after tick.
        for (const QString &c : codes) {
            const QList<qint64> &v = cumVolumes[c];
            for (qsizetype i = 1; i < v.size(); ++i)
                QVERIFY2(v[i] > v[i - 1], qPrintable(c));
        }
    }

    void backfillSurvivesADisconnect()
    {
        Rig rig;
        rig.emulator.setAnswerDelay(100);
        const QStringList codes{QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("035420")};
        const QDate from = Kst::today().addDays(-20);
        const auto start = rig.await(rig.hub->startBackfill({codes, Interval::Min1, from}));
        QVERIFY(start->ok());
        QTRY_VERIFY_WITH_TIMEOUT(rig.hub->history()->pagesFetched() >= 2, 20000);
        QCOMPARE(rig.hub->job((*start)->job.id)->state, JobState::Running);
        rig.emulator.disconnectFor(500);
        const Job job = rig.awaitJob((*start)->job.id);
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(job.done, 3);
        // What the feed has for the same range, fetched directly, is exactly what was stored
        // (before today: today's minutes keep trading, every code does, so they grow meanwhile).
        rig.emulator.setAnswerDelay(0);
        const qint64 today = Kst::toEpochMs(Kst::today());
        for (const QString &code : codes) {
            const int handle = rig.feed.openChart(ChartQuery{code, Interval::Min1, true, from, QDate()});
            QMap<qint64, Bar> direct;
            for (bool more = true; more;) {
                const auto page = rig.await(rig.feed.nextChartPage(handle));
                QVERIFY(page->ok());
                for (const Bar &b : (*page)->bars)
                    if (b.timeMs < today)
                        direct.insert(b.timeMs, b);
                more = (*page)->more;
            }
            rig.feed.closeChart(handle);
            const auto stored = BarRepository(rig.db()).range(BarKey{code, Interval::Min1, true}, 0, today - 1, 10000);
            QVERIFY(stored->nextPageToken.isEmpty());
            QCOMPARE(stored->bars.size(), direct.size());
            for (const Bar &b : stored->bars)
                QCOMPARE(b, direct.value(b.timeMs));
        }
        QCOMPARE(rig.emulator.stats().blockedRequests, 0);
    }
};

QTEST_GUILESS_MAIN(TestServicesEmulator)
#include "tst_services_emulator.moc"
