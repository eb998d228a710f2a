// One instance per user: a second SingleInstance with the same name hands over to the first
// (which is asked to activate its window) instead of running; a stale socket does not lock
// the next start out.
#include "app/singleinstance.h"
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSysInfo>
#include <QCoreApplication>
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

    // What Windows needs: a second QLocalServer::listen() on the same pipe name succeeds there,
    // so the socket cannot tell who is first. The lock does: a live owner that is not (yet)
    // listening still makes a later launch step aside.
    void heldLockMeansAnotherInstanceRuns()
    {
        const QString name = uniqueName();
        SingleInstance probe(name);
        QLockFile owner(probe.lockPath());
        QVERIFY(owner.tryLock(0));
        SingleInstance next(name);
        QVERIFY(!next.claim(300));
        QVERIFY(!next.isPrimary());
        owner.unlock();
        SingleInstance after(name);
        QVERIFY(after.claim(300));
        QVERIFY(after.isPrimary());
    }

    void lockOfADeadProcessDoesNotLockOut()
    {
        const QString name = uniqueName();
        SingleInstance probe(name);
        QFile stale(probe.lockPath()); // what a crashed instance leaves: its PID, app, host
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("999999999\n" + QCoreApplication::applicationName().toUtf8() + '\n'
                    + QSysInfo::machineHostName().toUtf8() + '\n');
        stale.close();
        SingleInstance next(name);
        QVERIFY(next.claim(500));
        QVERIFY(next.isPrimary());
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
