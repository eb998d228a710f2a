// The UI's table models and their feeding: the quote grid (rows follow the subscribed set,
// Korean colours, flash, formatting), the bounded tick tape, the log with its level filter,
// and the coalescer that turns any tick rate into at most one update per interval.
#include "core/pipeline/quotecache.h"
#include "uifakes.h"
#include "ui/logmodel.h"
#include "ui/quoteformat.h"
#include "ui/quotemodel.h"
#include "ui/stockdirectory.h"
#include "ui/tickcoalescer.h"
#include "ui/tickmodel.h"
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QTimeZone>

using namespace cybos;
using test::makeTick;

namespace {
Stock listed(const char *code, const QString &name, const char *eng)
{
    Stock s;
    s.code = QString::fromLatin1(code);
    s.name = name;
    s.engName = QString::fromLatin1(eng);
    return s;
}

StockListProvider listing()
{
    return [] {
        return StockList{listed("005930", QStringLiteral("삼성전자"), "SamsungElec"),
                         listed("000660", QStringLiteral("SK하이닉스"), "SK hynix"),
                         listed("035420", QStringLiteral("NAVER"), "NAVER")};
    };
}

QColor foreground(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data(Qt::ForegroundRole).value<QBrush>().color();
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("price") << QuoteFormat::price(1234567) << QStringLiteral("1,234,567");
        QTest::newRow("rise") << QuoteFormat::change(1500) << QStringLiteral("▲ 1,500");
        QTest::newRow("fall") << QuoteFormat::change(-800) << QStringLiteral("▼ 800");
        QTest::newRow("flat") << QuoteFormat::change(0) << QStringLiteral("0");
        QTest::newRow("upper limit") << QuoteFormat::change(300, 1300, 1300, 700) << QStringLiteral("↑ 300");
        QTest::newRow("lower limit") << QuoteFormat::change(-300, 700, 1300, 700) << QStringLiteral("↓ 300");
        QTest::newRow("rate up") << QuoteFormat::rate(2.144) << QStringLiteral("+2.14%");
        QTest::newRow("rate down") << QuoteFormat::rate(-0.45) << QStringLiteral("-0.45%");
        QTest::newRow("rate zero") << QuoteFormat::rate(0.001) << QStringLiteral("0.00%");
        QTest::newRow("value millions") << QuoteFormat::valueMillions(12'345'600'000) << QStringLiteral("12,346");
        QTest::newRow("time kst") << QuoteFormat::time(QDateTime(QDate(2026, 11, 26), QTime(0, 0, 1), QTimeZone(0)).toMSecsSinceEpoch())
                                  << QStringLiteral("09:00:01");
    }
    void formats()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void directoryResolvesCodesAndNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << "005930" << "005930";
        QTest::newRow("cybos form") << "A000660" << "000660";
        QTest::newRow("completion line") << "035420 NAVER" << "035420";
        QTest::newRow("korean name") << "삼성전자" << "005930";
        QTest::newRow("name any case") << "naver" << "035420";
        QTest::newRow("english name") << "sk hynix" << "000660";
        QTest::newRow("initials") << "ㅅㅅㅈㅈ" << "005930";
        QTest::newRow("best of a prefix") << "sk하" << "000660";
        QTest::newRow("nothing") << "없는회사" << "";
    }
    void directoryResolvesCodesAndNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        StockDirectory dir(listing());
        QCOMPARE(dir.resolve(text).value_or(QString()), code);
        QCOMPARE(dir.size(), 3);
        QCOMPARE(dir.search(QStringLiteral("s"), 2).size(), 2);
        QCOMPARE(dir.name(QStringLiteral("000660")), QStringLiteral("SK하이닉스"));
    }

    void quoteRowsFollowTheSubscribedSet()
    {
        StockDirectory dir(listing());
        QuoteModel model(&dir, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCodes({QStringLiteral("005930"), QStringLiteral("000660")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, QuoteModel::Name).data().toString(), QStringLiteral("삼성전자"));
        QCOMPARE(model.index(1, QuoteModel::Price).data().toString(), QStringLiteral("—"));
        model.setCodes({QStringLiteral("000660"), QStringLiteral("035420")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.codeAt(0), QStringLiteral("000660"));
        QCOMPARE(model.codeAt(1), QStringLiteral("035420"));
        QCOMPARE(model.rowOf(QStringLiteral("005930")), -1);
        model.setCodes({});
        QCOMPARE(model.rowCount(), 0);
    }

    void quoteRowsSeedFromTheCache()
    {
        QuoteCache cache;
        Quote q;
        q.code = QStringLiteral("005930");
        q.name = QStringLiteral("삼성전자");
        q.price = 75700;
        q.change = -300;
        q.changeRate = -0.39;
        cache.putSnapshot(q);
        QuoteModel model(nullptr, &cache);
        model.setCodes({QStringLiteral("005930")});
        QCOMPARE(model.index(0, QuoteModel::Price).data().toString(), QStringLiteral("75,700"));
        QCOMPARE(model.index(0, QuoteModel::Rate).data().toString(), QStringLiteral("-0.39%"));
        QCOMPARE(model.pricedRows(), 1);
    }

    void riseIsRedFallIsBlue()
    {
        StockDirectory dir(listing());
        QuoteModel model(&dir, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCodes({QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("035420")});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QHash<QString, Tick> latest;
        latest.insert(QStringLiteral("005930"), makeTick(QStringLiteral("005930"), 76000, 1500, 123456));
        latest.insert(QStringLiteral("000660"), makeTick(QStringLiteral("000660"), 190000, -4200));
        latest.insert(QStringLiteral("035420"), makeTick(QStringLiteral("035420"), 172700, 0));
        model.applyTicks(latest, 1000);
        QCOMPARE(changed.size(), 1); // one signal for the whole update, not one per row
        for (int column : {int(QuoteModel::Price), int(QuoteModel::Change), int(QuoteModel::Rate)}) {
            QCOMPARE(foreground(model, 0, column), QuoteFormat::riseColor());
            QCOMPARE(foreground(model, 1, column), QuoteFormat::fallColor());
            QVERIFY(!model.index(2, column).data(Qt::ForegroundRole).isValid()); // unchanged: neutral
        }
        QCOMPARE(model.index(0, QuoteModel::Price).data().toString(), QStringLiteral("76,000"));
        QCOMPARE(model.index(0, QuoteModel::Change).data().toString(), QStringLiteral("▲ 1,500"));
        QCOMPARE(model.index(0, QuoteModel::Rate).data().toString(), QStringLiteral("+2.01%"));
        QCOMPARE(model.index(0, QuoteModel::Volume).data().toString(), QStringLiteral("123,456"));
        QCOMPARE(model.index(1, QuoteModel::Change).data().toString(), QStringLiteral("▼ 4,200"));
        QCOMPARE(model.index(0, QuoteModel::Price).data(QuoteModel::SortRole).toLongLong(), 76000);
        QCOMPARE(model.index(0, QuoteModel::Ask).data().toString(), QStringLiteral("76,100"));
        QCOMPARE(foreground(model, 0, QuoteModel::Ask), QuoteFormat::riseColor());
        QCOMPARE(foreground(model, 1, QuoteModel::Bid), QuoteFormat::fallColor());
        QCOMPARE(foreground(model, 2, QuoteModel::Ask), QuoteFormat::riseColor()); // 172,800 over a 172,700 close
        QVERIFY(!model.index(2, QuoteModel::Bid).data(Qt::ForegroundRole).isValid()); // at the close
    }

    void updatesFlashThenFade()
    {
        QuoteModel model(nullptr, nullptr);
        model.setCodes({QStringLiteral("005930")});
        QHash<QString, Tick> latest{{QStringLiteral("005930"), makeTick(QStringLiteral("005930"), 76000, 1500)}};
        model.applyTicks(latest, 1000);
        latest[QStringLiteral("005930")].price = 75900; // a downtick, still above the close
        model.applyTicks(latest, 1100);
        const auto bg = [&] { return model.index(0, QuoteModel::Price).data(Qt::BackgroundRole); };
        QCOMPARE(bg().value<QBrush>().color(), QuoteFormat::fallFlash());
        QVERIFY(!model.index(0, QuoteModel::Name).data(Qt::BackgroundRole).isValid()); // the cell, not the row
        QCOMPARE(foreground(model, 0, QuoteModel::Price), QuoteFormat::riseColor());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyTicks({}, 1100 + QuoteModel::kFlashMs);
        QCOMPARE(changed.size(), 1); // the fade is repainted once
        QVERIFY(!bg().isValid());
        model.applyTicks({}, 5000);
        QCOMPARE(changed.size(), 1); // and then nothing more to repaint
    }

    void tapeIsBoundedNewestFirst()
    {
        StockDirectory dir(listing());
        TickModel model(&dir, 5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TickList batch;
        for (int i = 1; i <= 3; ++i)
            batch << makeTick(QStringLiteral("005930"), 76000 + i * 100, 100 * i);
        model.append(batch);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.tickAt(0).price, 76300);
        batch.clear();
        for (int i = 4; i <= 12; ++i)
            batch << makeTick(QStringLiteral("000660"), 190000 + i, -i, 1, Side::Sell);
        model.append(batch);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.tickAt(0).price, 190012);
        QCOMPARE(model.tickAt(4).price, 190008);
        QCOMPARE(model.index(0, TickModel::Name).data().toString(), QStringLiteral("SK하이닉스"));
        QCOMPARE(foreground(model, 0, TickModel::Price), QuoteFormat::fallColor());
        QCOMPARE(foreground(model, 0, TickModel::Side), QuoteFormat::fallColor());
        model.append({makeTick(QStringLiteral("005930"), 76500, 500)});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.tickAt(0).price, 76500);
    }

    void logFiltersByLevel()
    {
        LogModel model(3);
        LogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addEvent({1, LogEvent::Level::Debug, QStringLiteral("feed"), QStringLiteral("d")});
        model.addEvent({2, LogEvent::Level::Info, QStringLiteral("feed"), QStringLiteral("connected")});
        model.addEvent({3, LogEvent::Level::Warning, QStringLiteral("storage"), QStringLiteral("slow")});
        model.addEvent({4, LogEvent::Level::Error, QStringLiteral("server"), QStringLiteral("port in use")});
        QCOMPARE(model.rowCount(), 3); // bounded: the oldest (debug) went
        QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("port in use"));
        QCOMPARE(filter.rowCount(), 3);
        filter.setMinimumLevel(LogEvent::Level::Warning);
        QCOMPARE(filter.rowCount(), 2);
        filter.setMinimumLevel(LogEvent::Level::Error);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, LogModel::Source).data().toString(), QStringLiteral("server"));
        filter.setMinimumLevel(LogEvent::Level::Debug);
        filter.setFilterFixedString(QStringLiteral("SLOW")); // any column, any case
        QCOMPARE(filter.rowCount(), 1);
    }

    void coalescerHandsOnLatestPerCode()
    {
        TickCoalescer coalescer(4);
        coalescer.setInterval(60'000); // flushed by hand here
        QSignalSpy flushed(&coalescer, &TickCoalescer::flushed);
        for (int batch = 0; batch < 50; ++batch) {
            TickList ticks;
            for (int i = 0; i < 20; ++i)
                ticks << makeTick(i % 2 ? QStringLiteral("005930") : QStringLiteral("000660"), 1000 + batch * 20 + i, 0);
            coalescer.addBatch(ticks);
        }
        QCOMPARE(flushed.size(), 0);
        coalescer.flush();
        QCOMPARE(flushed.size(), 1);
        const auto latest = flushed.at(0).at(0).value<QHash<QString, Tick>>();
        const auto recent = flushed.at(0).at(1).value<TickList>();
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.value(QStringLiteral("005930")).price, 1000 + 49 * 20 + 19);
        QCOMPARE(latest.value(QStringLiteral("000660")).price, 1000 + 49 * 20 + 18);
        QCOMPARE(recent.size(), 4);
        QCOMPARE(recent.last().price, 1000 + 49 * 20 + 19); // oldest first, newest last
        QCOMPARE(coalescer.received(), 1000);
        coalescer.flush(); // quiet: fading flushes only, then silence
        const auto quiet = flushed.last().at(0).value<QHash<QString, Tick>>();
        QVERIFY(quiet.isEmpty());
        for (int i = 0; i < 20; ++i)
            coalescer.flush();
        const auto settled = flushed.size();
        coalescer.flush();
        QCOMPARE(flushed.size(), settled);
    }

    void coalescerFlushesOnItsTimer()
    {
        TickCoalescer coalescer;
        QCOMPARE(coalescer.interval(), 100);
        QSignalSpy flushed(&coalescer, &TickCoalescer::flushed);
        coalescer.addBatch({makeTick(QStringLiteral("005930"), 76000, 100)});
        QVERIFY(flushed.wait(2000));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
