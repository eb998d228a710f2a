// `cybos-server probe`: the connection test, run as a user runs it.
#include "patience.h"
#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run probe(const QString &backend)
{
    QProcess p;
    p.start(QStringLiteral(CYBOS_SERVER_BIN), {QStringLiteral("--backend"), backend, QStringLiteral("probe")});
    Run r;
    if (!p.waitForFinished(cybos::test::patient(60000)))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emulatorIsConnected()
    {
        const Run r = probe(QStringLiteral("emulator"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("connected:     yes")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("server type:   1")));
        QVERIFY(r.out.contains(QStringLiteral("of 60 left")));
        QVERIFY(r.out.contains(QStringLiteral("0 of 400 used")));
        QVERIFY(r.out.contains(QStringLiteral("(total 1896)")));
        QVERIFY(r.out.contains(QStringLiteral("kosdaq ")));
        QVERIFY(r.out.contains(QStringLiteral("005930:        삼성전자 ")));
    }
    void cybosNeedsWindows()
    {
#ifdef Q_OS_WIN
        QSKIP("the cybos backend exists on Windows");
#else
        const Run r = probe(QStringLiteral("cybos"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("Windows")));
#endif
    }
};

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe_slow.moc"
