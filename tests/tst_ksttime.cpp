#include "core/domain/ksttime.h"
#include <QTest>
#include <QTimeZone>

using namespace cybos;

class TestKstTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isoHasOffsetAndMillis()
    {
        // 2026-11-26T00:00:01.123Z is 09:00:01.123 in Seoul.
        const qint64 ms = QDateTime(QDate(2026, 11, 26), QTime(0, 0, 1, 123), QTimeZone(0)).toMSecsSinceEpoch();
        QCOMPARE(Kst::toIso(ms), QStringLiteral("2026-11-26T09:00:01.123+09:00"));
        QCOMPARE(Kst::dateOf(ms), QDate(2026, 11, 26));
        QCOMPARE(Kst::timeOf(ms), QTime(9, 0, 1, 123));
    }

    void dayBoundary()
    {
        // 15:00 UTC is already the next day in KST.
        const qint64 ms = QDateTime(QDate(2026, 11, 25), QTime(15, 0), QTimeZone(0)).toMSecsSinceEpoch();
        QCOMPARE(Kst::dateOf(ms), QDate(2026, 11, 26));
        QCOMPARE(Kst::toEpochMs(QDate(2026, 11, 26)), ms);
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso kst") << "2026-11-26T09:00:01.123+09:00" << "2026-11-26T09:00:01.123+09:00";
        QTest::newRow("iso utc") << "2026-11-26T00:00:01.123Z" << "2026-11-26T09:00:01.123+09:00";
        QTest::newRow("iso no ms") << "2026-11-26T09:00:01+09:00" << "2026-11-26T09:00:01.000+09:00";
        QTest::newRow("no offset is kst") << "2026-11-26T09:30:00" << "2026-11-26T09:30:00.000+09:00";
        QTest::newRow("date") << "2026-11-26" << "2026-11-26T00:00:00.000+09:00";
        QTest::newRow("epoch ms") << "1795651201123" << Kst::toIso(1795651201123);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto r = Kst::parse(text);
        QVERIFY(r.ok());
        QCOMPARE(Kst::toIso(*r), iso);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("words") << "yesterday";
        QTest::newRow("bad month") << "2026-13-01";
        QTest::newRow("bad day") << "2026-02-30";
        QTest::newRow("short number") << "12345";
        QTest::newRow("negative") << "-5";
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Kst::parse(text).ok());
    }

    void cybosEncodings()
    {
        QCOMPARE(Kst::fromYmd(20240513), QDate(2024, 5, 13));
        QCOMPARE(Kst::toYmd(QDate(2024, 5, 13)), qint64(20240513));
        QCOMPARE(Kst::fromHhmm(930), QTime(9, 30));
        QCOMPARE(Kst::fromHhmmss(153001), QTime(15, 30, 1));
    }
};

QTEST_GUILESS_MAIN(TestKstTime)
#include "tst_ksttime.moc"
