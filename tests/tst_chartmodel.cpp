// ChartModel through core's ChartSource on a real database: intraday bars built from stored
// ticks and continued by live ones (the last bar updates, a new one opens at the boundary,
// ticks already stored are not counted twice), daily bars read from the bar store; checked
// bar by bar, with QAbstractItemModelTester watching every change.
#include "core/chart/chartsource.h"
#include "core/domain/ksttime.h"
#include "core/storage/barrepository.h"
#include "core/storage/tickrepository.h"
#include "migrateddb.h"
#include "ui/chartmodel.h"
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cybos;

namespace {

Tick trade(qint64 seq, qint64 timeMs, qint64 price, qint64 volume, const char *code = "005930")
{
    Tick t;
    t.seq = seq;
    t.code = QString::fromLatin1(code);
    t.timeMs = timeMs;
    t.price = price;
    t.volume = volume;
    return t;
}

} // namespace

class TestChartModel : public QObject
{
    Q_OBJECT
    test::MigratedDb m_store;
    qint64 m_base = 0;   // a 5-minute boundary well before now

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_store.create());
        const qint64 span = 5 * 60'000;
        m_base = (Kst::nowMs() / span) * span - 4 * span;
    }
    void cleanup() { m_store.drop(); }

    void intradayFromStoredThenLive()
    {
        const qint64 m = 60'000;
        const TickList stored{trade(1, m_base + 1000, 100, 10), trade(2, m_base + m - 1, 104, 2),
                              trade(3, m_base + m, 99, 5), trade(4, m_base + m + 10, 50, 1, "000660")};
        QVERIFY(TickRepository(m_store.db()).insert(stored).ok());
        ChartSource source(nullptr, &m_store.database());
        ChartModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy states(&model, &ChartModel::stateChanged);
        model.show(QStringLiteral("005930"), Interval::Min1);
        QCOMPARE(model.state(), ChartModel::State::Ready);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.bars().at(0), (Bar{m_base + m, 100, 104, 100, 104, 12, 1000 + 208}));
        QCOMPARE(model.bars().at(1), (Bar{m_base + 2 * m, 99, 99, 99, 99, 5, 495}));
        QCOMPARE(model.index(1, ChartModel::Index).data().toReal(), 1.0);
        QCOMPARE(model.index(0, ChartModel::RiseVolume).data().toReal(), 12.0);
        QCOMPARE(model.index(0, ChartModel::FallVolume).data().toReal(), 0.0);

        // Live: a stored tick seen again is skipped, another code is ignored, the last bar
        // updates, and the boundary opens a bar — all at the next flush.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addTicks({trade(3, m_base + m, 99, 5), trade(5, m_base + m + 500, 97, 3, "000660"),
                        trade(6, m_base + m + 30'000, 96, 4)});
        QCOMPARE(model.bars().at(1).volume, 5);   // nothing before the flush
        model.flush();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.bars().at(1), (Bar{m_base + 2 * m, 99, 99, 96, 96, 9, 495 + 384}));
        QCOMPARE(model.index(1, ChartModel::FallVolume).data().toReal(), 9.0);
        model.addTicks({trade(7, m_base + 2 * m, 101, 1)});
        model.flush();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.bars().at(2), (Bar{m_base + 3 * m, 101, 101, 101, 101, 1, 101}));
    }

    void intradayWithoutTicksSaysWhy()
    {
        ChartSource source(nullptr, &m_store.database());
        ChartModel model(&source);
        QSignalSpy states(&model, &ChartModel::stateChanged);
        model.show(QStringLiteral("035720"), Interval::Min5);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!states.last().at(1).toString().isEmpty());
    }

    void dailyFromTheBarStore()
    {
        const BarKey key{QStringLiteral("005930"), Interval::Day, true};
        const QDate today = Kst::dateOf(Kst::nowMs());
        const BarList daily{Bar{Kst::toEpochMs(today.addDays(-3)), 100, 110, 90, 105, 1000, 100'000},
                            Bar{Kst::toEpochMs(today.addDays(-2)), 105, 106, 95, 96, 800, 80'000},
                            Bar{Kst::toEpochMs(today.addYears(-2)), 1, 1, 1, 1, 1, 1}};   // before the chart's year
        QVERIFY(BarRepository(m_store.db()).upsert(key, daily).ok());
        ChartSource source(nullptr, &m_store.database());
        ChartModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.show(QStringLiteral("005930"), Interval::Day);
        QTRY_COMPARE(model.state(), ChartModel::State::Ready);
        QCOMPARE(model.bars(), (BarList{daily.at(0), daily.at(1)}));
        QCOMPARE(model.index(1, ChartModel::FallVolume).data().toReal(), 800.0);
        // Live trades never touch a daily chart.
        model.addTicks({trade(9, Kst::nowMs(), 120, 5)});
        model.flush();
        QCOMPARE(model.bars().last(), daily.at(1));
        model.show(QString(), Interval::Day);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.state(), ChartModel::State::Empty);
    }
};

QTEST_GUILESS_MAIN(TestChartModel)
#include "tst_chartmodel.moc"
