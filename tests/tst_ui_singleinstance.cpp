// One instance per user: a second SingleInstance with the same name hands over to the first
// (which is asked to activate its window) instead of running; a stale socket does not lock
// the next start out.
#include "core/app/singleinstance.h"
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace cybos;

class TestUiSingleInstance : public QObject
{
    Q_OBJECT

    static QString uniqueName()
    {
        return QStringLiteral("cybos-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    }

private Q_SLOTS:
    void defaultNameIsPerUser()
    {
        QVERIFY(SingleInstance::defaultName().startsWith(QStringLiteral("cybos-server-")));
        QCOMPARE(SingleInstance::defaultName(), SingleInstance::defaultName());
    }

    void secondLaunchActivatesTheFirst()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QVERIFY(first.claim());
        QVERIFY(first.isPrimary());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        SingleInstance second(name);
        QVERIFY(!second.claim());
        QVERIFY(!second.isPrimary());
        QVERIFY(activated.wait(5000));
        QCOMPARE(activated.size(), 1);
        SingleInstance third(name);
        QVERIFY(!third.claim());
        QTRY_COMPARE(activated.size(), 2);
    }

    void otherNamesAreIndependent()
    {
        SingleInstance a(uniqueName());
        SingleInstance b(uniqueName());
        QVERIFY(a.claim());
        QVERIFY(b.claim());
        QVERIFY(a.isPrimary() && b.isPrimary());
    }

    void nextStartAfterExitIsPrimary()
    {
        const QString name = uniqueName();
        {
            SingleInstance first(name);
            QVERIFY(first.claim());
        }
        SingleInstance again(name);
        QVERIFY(again.claim());
        QVERIFY(again.isPrimary());
    }

    void staleSocketFileDoesNotLockOut()
    {
#ifdef Q_OS_WIN
        QSKIP("named pipes leave nothing behind");
#endif
        const QString name = uniqueName();
        QFile stale(QDir::tempPath() + u'/' + name); // what a crashed instance leaves
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance next(name);
        QVERIFY(next.claim(500));
        QVERIFY(next.isPrimary());
    }
};

QTEST_GUILESS_MAIN(TestUiSingleInstance)
#include "tst_ui_singleinstance.moc"
