// The executable's own contract: --version, --help, and exit 2 with one line on a bad option.
#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run {
        int code;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CYBOS_SERVER_BIN), args);
        if (!p.waitForFinished(30000))
            return {-1, {}, {}};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("cybos-server " CYBOS_VERSION)));
    }
    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--backend")));
        QVERIFY(r.out.contains(QStringLiteral("probe")));
    }
    void badOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("backend") << QStringList{QStringLiteral("--backend"), QStringLiteral("nope")};
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("99999")};
        QTest::newRow("unknown") << QStringList{QStringLiteral("--nope")};
        QTest::newRow("on-disconnect") << QStringList{QStringLiteral("--on-disconnect"), QStringLiteral("exit")};
        QTest::newRow("cybos-request") << QStringList{QStringLiteral("--cybos-request"), QStringLiteral("sync")};
    }
    void badOption()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.err.startsWith(QStringLiteral("cybos-server: ")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli_slow.moc"
