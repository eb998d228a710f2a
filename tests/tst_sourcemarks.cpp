// SourceMarks: which ticks of each source a relay holds — repeats refused, holes below the
// highest seq filled once, given-back seqs taken again, sources independent, bounds kept.
#include "core/relay/sourcemarks.h"
#include <QTest>

using namespace cybos;

class TestSourceMarks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takesEachSeqOnce();
    void fillsHolesOnce();
    void sourcesAreIndependent();
    void givenBackIsTakenAgain();
    void wideJumpsAreNotHoles();
    void loadedHighsRefuseOlder();
};

void TestSourceMarks::takesEachSeqOnce()
{
    SourceMarks marks;
    for (qint64 seq = 1; seq <= 5; ++seq)
        QVERIFY(marks.take(QStringLiteral("a"), seq));
    for (qint64 seq = 1; seq <= 5; ++seq)
        QVERIFY(!marks.take(QStringLiteral("a"), seq));
    QCOMPARE(marks.highest(QStringLiteral("a")), 5);
    QCOMPARE(marks.holes(QStringLiteral("a")), 0);
}

void TestSourceMarks::fillsHolesOnce()
{
    SourceMarks marks;
    QVERIFY(marks.take(QStringLiteral("a"), 1));
    QVERIFY(marks.take(QStringLiteral("a"), 5)); // 2, 3, 4 not seen yet
    QCOMPARE(marks.holes(QStringLiteral("a")), 3);
    QVERIFY(marks.take(QStringLiteral("a"), 3));
    QVERIFY(!marks.take(QStringLiteral("a"), 3));
    QVERIFY(marks.take(QStringLiteral("a"), 2));
    QVERIFY(marks.take(QStringLiteral("a"), 4));
    QCOMPARE(marks.holes(QStringLiteral("a")), 0);
    QCOMPARE(marks.highest(QStringLiteral("a")), 5);
}

void TestSourceMarks::sourcesAreIndependent()
{
    SourceMarks marks;
    QVERIFY(marks.take(QStringLiteral("a"), 7));
    QVERIFY(marks.take(QStringLiteral("b"), 7));
    QVERIFY(!marks.take(QStringLiteral("a"), 7));
    QCOMPARE(marks.highest(QStringLiteral("c")), 0);
}

void TestSourceMarks::givenBackIsTakenAgain()
{
    SourceMarks marks;
    QVERIFY(marks.take(QStringLiteral("a"), 1));
    QVERIFY(marks.take(QStringLiteral("a"), 2));
    marks.giveBack(QStringLiteral("a"), 2);
    marks.giveBack(QStringLiteral("a"), 9);     // never taken: nothing to give back
    marks.giveBack(QStringLiteral("zz"), 1);    // unknown source: ignored
    QVERIFY(marks.take(QStringLiteral("a"), 2));
    QVERIFY(!marks.take(QStringLiteral("a"), 2));
    QCOMPARE(marks.highest(QStringLiteral("zz")), 0);
}

void TestSourceMarks::wideJumpsAreNotHoles()
{
    SourceMarks marks;
    QVERIFY(marks.take(QStringLiteral("a"), 1));
    QVERIFY(marks.take(QStringLiteral("a"), 2 + SourceMarks::kTrackedGap + 1));
    QCOMPARE(marks.holes(QStringLiteral("a")), 0);
    QVERIFY(!marks.take(QStringLiteral("a"), 2)); // below the highest, not a tracked hole
    // Holes stay bounded: the oldest are forgotten first.
    SourceMarks many;
    qint64 seq = 0;
    while (many.holes(QStringLiteral("m")) < SourceMarks::kMaxHoles)
        QVERIFY(many.take(QStringLiteral("m"), seq += SourceMarks::kTrackedGap + 1));
    QVERIFY(many.take(QStringLiteral("m"), seq += SourceMarks::kTrackedGap + 1));
    QCOMPARE(many.holes(QStringLiteral("m")), SourceMarks::kMaxHoles);
    QVERIFY(!many.take(QStringLiteral("m"), 1));  // the oldest hole was forgotten
    QVERIFY(many.take(QStringLiteral("m"), seq - 1));
}

void TestSourceMarks::loadedHighsRefuseOlder()
{
    SourceMarks marks;
    marks.load({{QStringLiteral("a"), 40}, {QStringLiteral("b"), 3}});
    QVERIFY(!marks.take(QStringLiteral("a"), 40));
    QVERIFY(marks.take(QStringLiteral("a"), 41));
    QVERIFY(!marks.take(QStringLiteral("b"), 2));
    QVERIFY(marks.take(QStringLiteral("b"), 4));
}

QTEST_GUILESS_MAIN(TestSourceMarks)
#include "tst_sourcemarks.moc"
