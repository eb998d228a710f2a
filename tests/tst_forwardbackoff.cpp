// Backoff of the forwarder's retries: 1 s growing to 60 s, with jitter, never outside them.
#include "core/forward/backoff.h"
#include "core/forward/forwardpush.h"
#include <QTest>

using namespace cybos;

class TestForwardBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ceilingsDouble();
    void delaysStayInTheirBand_data();
    void delaysStayInTheirBand();
    void jitterSpreadsDelays();
    void resetStartsOver();
    void httpStatusClassification_data();
    void httpStatusClassification();
};

void TestForwardBackoff::ceilingsDouble()
{
    Backoff b(1000, 60000, 1);
    const QList<int> expected{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
    for (int n = 0; n < expected.size(); ++n)
        QCOMPARE(b.ceilingMs(n), expected.at(n));
    QCOMPARE(b.ceilingMs(1000), 60000); // no overflow however long the outage
}

void TestForwardBackoff::delaysStayInTheirBand_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 42") << 42u;
    QTest::newRow("seed 123456789") << 123456789u;
}

void TestForwardBackoff::delaysStayInTheirBand()
{
    QFETCH(quint32, seed);
    Backoff b(1000, 60000, seed);
    for (int n = 0; n < 40; ++n) {
        const int ceiling = b.ceilingMs(n);
        const int delay = b.next();
        QVERIFY2(delay >= 1000 && delay <= 60000, qPrintable(QString::number(delay)));
        QVERIFY2(delay <= ceiling && delay >= ceiling - ceiling / 4,
                 qPrintable(QStringLiteral("failure %1: %2 outside [%3, %4]")
                                .arg(n).arg(delay).arg(ceiling - ceiling / 4).arg(ceiling)));
    }
    QCOMPARE(b.failures(), 40);
}

void TestForwardBackoff::jitterSpreadsDelays()
{
    // At the cap, two forwarders with different seeds do not retry in step.
    QSet<int> seen;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        Backoff b(1000, 60000, seed);
        for (int n = 0; n < 10; ++n)
            b.next();
        seen.insert(b.next());
    }
    QVERIFY2(seen.size() > 10, qPrintable(QString::number(seen.size())));
}

void TestForwardBackoff::resetStartsOver()
{
    Backoff b(1000, 60000, 7);
    for (int n = 0; n < 5; ++n)
        b.next();
    b.reset();
    QCOMPARE(b.failures(), 0);
    QCOMPARE(b.next(), 1000); // the first delay is exactly the minimum
}

void TestForwardBackoff::httpStatusClassification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("fatal");
    QTest::newRow("400") << 400 << true;
    QTest::newRow("401") << 401 << true;
    QTest::newRow("403") << 403 << true;
    QTest::newRow("404") << 404 << true;
    QTest::newRow("413") << 413 << true;
    QTest::newRow("408") << 408 << false;
    QTest::newRow("429") << 429 << false;
    QTest::newRow("500") << 500 << false;
    QTest::newRow("502") << 502 << false;
    QTest::newRow("503") << 503 << false;
}

void TestForwardBackoff::httpStatusClassification()
{
    QFETCH(int, status);
    QFETCH(bool, fatal);
    const ForwardFailure f = failureForHttpStatus(status, QStringLiteral("detail"), 2000);
    QCOMPARE(f.fatal, fatal);
    QCOMPARE(f.httpStatus, status);
    QCOMPARE(f.retryAfterMs, 2000);
    QVERIFY(f.message.contains(QString::number(status)));
    QVERIFY(f.message.contains(QStringLiteral("detail")));
}

QTEST_GUILESS_MAIN(TestForwardBackoff)
#include "tst_forwardbackoff.moc"
