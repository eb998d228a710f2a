// The chart dock's panes on a known daily series: the newest bars shown first, wheel zoom
// around the pointer, drag to pan within the data, the price axis fitted to what is visible,
// one candle and one volume bar per bar in the Korean colours, and the crosshair's OHLCV.
#include "core/chart/chartsource.h"
#include "core/domain/ksttime.h"
#include "core/storage/barrepository.h"
#include "migrateddb.h"
#include "ui/candlechart.h"
#include "ui/chartdock.h"
#include "ui/chartmodel.h"
#include "ui/quoteformat.h"
#include "ui/volumechart.h"
#include <QBarSet>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QTest>
#include <QWheelEvent>

using namespace cybos;

class TestChartView : public QObject
{
    Q_OBJECT
    test::MigratedDb m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_store.create());
        // 200 daily bars: odd days rise (close above open), even days fall.
        BarList daily;
        const QDate today = Kst::dateOf(Kst::nowMs());
        for (int i = 0; i < 200; ++i) {
            const qint64 base = 10'000 + 10 * i;
            const bool rising = i % 2 == 1;
            daily.append(Bar{Kst::toEpochMs(today.addDays(i - 200)), rising ? base : base + 50, base + 80, base - 30,
                             rising ? base + 50 : base, 1000 + i, 0});
        }
        QVERIFY(BarRepository(m_store.db()).upsert({QStringLiteral("005930"), Interval::Day, true}, daily).ok());
    }
    void cleanup() { m_store.drop(); }

    void panesFollowTheModel()
    {
        ChartSource source(nullptr, &m_store.database());
        ChartDock dock(&source, nullptr, nullptr);
        dock.resize(900, 500);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.setCode(QStringLiteral("005930"));
        QTRY_COMPARE(dock.model()->state(), ChartModel::State::Ready);
        CandleChart *candles = dock.candles();
        QCOMPARE(candles->series()->count(), 200);
        QCOMPARE(dock.volumes()->rising()->count(), 200);
        // The newest bars first.
        QCOMPARE(candles->last(), 200.0);
        QCOMPARE(candles->first(), 200.0 - CandleChart::kDefaultBars);
        // Colours: a rising candle's wick red, a falling one blue; volume split the same way.
        QCOMPARE(candles->series()->sets().at(1)->pen().color(), QuoteFormat::riseColor());
        QCOMPARE(candles->series()->sets().at(2)->pen().color(), QuoteFormat::fallColor());
        QCOMPARE(dock.volumes()->rising()->at(1), 1001.0);
        QCOMPARE(dock.volumes()->falling()->at(1), 0.0);
        QCOMPARE(dock.volumes()->falling()->at(2), 1002.0);

        // Zoom in around the middle of the plot, then pan beyond the start: clamped.
        const QPointF middle = candles->mapFromScene(candles->chart()->mapToScene(candles->chart()->plotArea().center()));
        QWheelEvent wheel(middle, candles->mapToGlobal(middle), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(candles->viewport(), &wheel);
        const qreal span = candles->last() - candles->first();
        QVERIFY2(span < CandleChart::kDefaultBars && span >= 10, qPrintable(QString::number(span)));
        candles->setVisibleRange(-500, -500 + span);
        QCOMPARE(candles->first(), -1.0);
        QCOMPARE(candles->last() - candles->first(), span);

        // The crosshair tells the bar's OHLCV with separators.
        candles->showCrosshair(3, 10'050);
        const Bar b = dock.model()->bars().at(3);
        QCOMPARE(candles->crosshairText(), CandleChart::tr("%1  O %2  H %3  L %4  C %5  V %6")
                                               .arg(QuoteFormat::barTime(b.timeMs, false), QStringLiteral("10,030"),
                                                    QStringLiteral("10,110"), QStringLiteral("10,000"),
                                                    QStringLiteral("10,080"), QStringLiteral("1,003")));
        candles->showCrosshair(-1, 0);
        QVERIFY(candles->crosshairText().isEmpty());
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
