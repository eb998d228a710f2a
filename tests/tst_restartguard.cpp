// --on-disconnect restart's loop guard: at most RestartGuard::kMaxRestarts relaunches within
// kWindowMs, counted from the history the previous process hands down in its environment.
#include "app/restartguard.h"
#include <QTest>

using namespace cybos;

class TestRestartGuard : public QObject
{
    Q_OBJECT

    static constexpr qint64 kNow = 1'800'000'000'000;
    static constexpr qint64 kMinute = 60'000;

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<QString>("recorded");
        QTest::addColumn<int>("recent");
        QTest::addColumn<bool>("allows");
        auto ago = [](qint64 minutes) { return QString::number(kNow - minutes * kMinute); };
        QTest::newRow("first start") << QString() << 0 << true;
        QTest::newRow("one restart") << ago(1) << 1 << true;
        QTest::newRow("two restarts") << ago(9) + u',' + ago(1) << 2 << true;
        QTest::newRow("three within the window") << ago(9) + u',' + ago(5) + u',' + ago(1) << 3 << false;
        QTest::newRow("three, one of them old") << ago(11) + u',' + ago(5) + u',' + ago(1) << 2 << true;
        QTest::newRow("exactly the window ago") << ago(10) + u',' + ago(5) + u',' + ago(1) << 2 << true;
        QTest::newRow("all old") << ago(30) + u',' + ago(20) + u',' + ago(11) << 0 << true;
        QTest::newRow("garbage ignored") << QStringLiteral("x,") + ago(2) + QStringLiteral(",,12a") << 1 << true;
        QTest::newRow("clock set back") << QString::number(kNow + 5 * kMinute) + u',' + ago(1) + u',' + ago(2) << 3 << false;
    }
    void decisions()
    {
        QFETCH(QString, recorded);
        QFETCH(int, recent);
        QFETCH(bool, allows);
        const RestartGuard guard(recorded);
        QCOMPARE(guard.recentRestarts(kNow), recent);
        QCOMPARE(guard.allows(kNow), allows);
    }

    void handsDownTheRecentHistory()
    {
        const RestartGuard first;
        const QString one = first.withRestartAt(kNow);
        QCOMPARE(one, QString::number(kNow));
        // The relaunched process restarts twice more, a minute apart: then it must stop.
        const QString two = RestartGuard(one).withRestartAt(kNow + kMinute);
        const QString three = RestartGuard(two).withRestartAt(kNow + 2 * kMinute);
        QVERIFY(RestartGuard(two).allows(kNow + 2 * kMinute));
        QVERIFY(!RestartGuard(three).allows(kNow + 3 * kMinute));
        // Ten minutes after the first, one slot is free again; old entries are not handed on.
        QVERIFY(RestartGuard(three).allows(kNow + 10 * kMinute + 1));
        const QStringList later = RestartGuard(three).withRestartAt(kNow + 11 * kMinute).split(u',');
        QCOMPARE(later, (QStringList{QString::number(kNow + 2 * kMinute), QString::number(kNow + 11 * kMinute)}));
    }
};

QTEST_GUILESS_MAIN(TestRestartGuard)
#include "tst_restartguard.moc"
