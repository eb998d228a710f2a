// The Linux package as a user gets it: cpack builds the .deb from this build tree, its file
// list and control fields are checked, and the program unpacked from it must run.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;  // -1: did not start, crashed or timed out
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &workDir = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run result;
    if (!process.waitForStarted()) {
        result.err = process.errorString();
        return result;
    }
    // Generous: cpack may first bring the build tree up to date.
    if (!process.waitForFinished(8 * 60 * 1000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The cpack that belongs to the cmake which configured the build tree.
QString cpackProgram(const QString &buildDir)
{
    QFile cache(buildDir + QStringLiteral("/CMakeCache.txt"));
    if (cache.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString text = QString::fromUtf8(cache.readAll());
        const QRegularExpression re(QStringLiteral("^CMAKE_CPACK_COMMAND:INTERNAL=(.+)$"),
                                    QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch())
            return m.captured(1).trimmed();
    }
    return QStandardPaths::findExecutable(QStringLiteral("cpack"));
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll())
                                                            : QString();
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contents_data();
    void contents();
    void leavesOutBenchAndTests();
    void depends_data();
    void depends();
    void userUnitStartsHeadless();
    void desktopEntryStartsTheProgram();
    void unpackedProgramPrintsVersion();
    void unpackedProgramProbesTheEmulator();

private:
    void buildPackage();   // cpack -G DEB from this build tree
    void unpackPackage();  // its file list, and its files in m_root
    Run runUnpacked(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;      // the package unpacked
    QString m_contents;  // dpkg-deb -c
};

void TestPackage::initTestCase()
{
#ifdef Q_OS_LINUX
    buildPackage();
    if (!QTest::currentTestFailed())
        unpackPackage();
#else
    QSKIP("The .deb is built and checked on Linux only.");
#endif
}

void TestPackage::buildPackage()
{
    QVERIFY(m_dir.isValid());
    const QString buildDir = QDir::cleanPath(QCoreApplication::applicationDirPath()
                                             + QStringLiteral("/.."));
    QVERIFY2(QFile::exists(buildDir + QStringLiteral("/CPackConfig.cmake")),
             qPrintable(buildDir + QStringLiteral(" has no CPackConfig.cmake")));
    const QString cpack = cpackProgram(buildDir);
    QVERIFY2(!cpack.isEmpty(), "cpack not found");

    // -B: the package and cpack's staging go to the temporary folder, not the build tree.
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const Run built = run(cpack, {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out},
                          buildDir);
    QVERIFY2(built.exitCode == 0, qPrintable(built.out + built.err));
    const QStringList debs = QDir(out).entryList({QStringLiteral("cybos-server_*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.first());
}

void TestPackage::unpackPackage()
{
    const Run listed = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    m_contents = listed.out;
    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run unpacked = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.err));
}

void TestPackage::contents_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("program") << QStringLiteral("./usr/bin/cybos-server");
    QTest::newRow("desktop entry") << QStringLiteral("./usr/share/applications/cybos-server.desktop");
    QTest::newRow("scalable icon")
        << QStringLiteral("./usr/share/icons/hicolor/scalable/apps/cybos-server.svg");
    QTest::newRow("16 px icon") << QStringLiteral("./usr/share/icons/hicolor/16x16/apps/cybos-server.png");
    QTest::newRow("48 px icon") << QStringLiteral("./usr/share/icons/hicolor/48x48/apps/cybos-server.png");
    QTest::newRow("256 px icon")
        << QStringLiteral("./usr/share/icons/hicolor/256x256/apps/cybos-server.png");
    QTest::newRow("systemd user unit") << QStringLiteral("./usr/lib/systemd/user/cybos-server.service");
}

void TestPackage::contents()
{
    QFETCH(QString, path);
    // Each line of dpkg-deb -c ends with the path.
    const QRegularExpression line(u' ' + QRegularExpression::escape(path) + u'$',
                                  QRegularExpression::MultilineOption);
    QVERIFY2(line.match(m_contents).hasMatch(), qPrintable(m_contents));
}

void TestPackage::leavesOutBenchAndTests()
{
    QVERIFY2(!m_contents.contains(QStringLiteral("cybos-bench")), qPrintable(m_contents));
    QVERIFY2(!m_contents.contains(QStringLiteral("/tst_")), qPrintable(m_contents));
    QVERIFY(QFileInfo(m_root + QStringLiteral("/usr/bin/cybos-server")).isExecutable());
}

void TestPackage::depends_data()
{
    QTest::addColumn<QString>("package");
    QTest::newRow("Qt Core") << QStringLiteral("libqt6core6");
    QTest::newRow("Qt Widgets") << QStringLiteral("libqt6widgets6");
    QTest::newRow("Qt HTTP Server") << QStringLiteral("libqt6httpserver6");
    QTest::newRow("Qt WebSockets") << QStringLiteral("libqt6websockets6");
    QTest::newRow("SQLite plugin of Qt") << QStringLiteral("libqt6sql6-sqlite");
    QTest::newRow("QCoro") << QStringLiteral("libqcoro6core0");
}

void TestPackage::depends()
{
    QFETCH(QString, package);
    const Run field = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    QCOMPARE(field.exitCode, 0);
    QVERIFY2(field.out.contains(package), qPrintable(field.out));
}

void TestPackage::userUnitStartsHeadless()
{
    const QString unit = readFile(m_root + QStringLiteral("/usr/lib/systemd/user/cybos-server.service"));
    QVERIFY(unit.contains(QStringLiteral("\nExecStart=/usr/bin/cybos-server --headless\n")));
    QVERIFY(unit.contains(QStringLiteral("\nRestart=on-failure\n")));
    QVERIFY(unit.contains(QStringLiteral("\nWantedBy=default.target\n")));
}

void TestPackage::desktopEntryStartsTheProgram()
{
    const QString entry = readFile(m_root + QStringLiteral("/usr/share/applications/cybos-server.desktop"));
    QVERIFY(entry.startsWith(QStringLiteral("[Desktop Entry]\n")));
    QVERIFY(entry.contains(QStringLiteral("\nExec=cybos-server\n")));
    QVERIFY(entry.contains(QStringLiteral("\nIcon=cybos-server\n")));
}

Run TestPackage::runUnpacked(const QStringList &args)
{
    // Settings, data and logs of the run stay in the temporary folder.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
    return run(m_root + QStringLiteral("/usr/bin/cybos-server"), args, m_dir.path(), env);
}

void TestPackage::unpackedProgramPrintsVersion()
{
    const Run version = runUnpacked({QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.err));
    QVERIFY2(version.out.startsWith(QStringLiteral("cybos-server " CYBOS_VERSION)),
             qPrintable(version.out));
}

void TestPackage::unpackedProgramProbesTheEmulator()
{
    const QString db = m_dir.filePath(QStringLiteral("probe.db"));
    const Run probe = runUnpacked({QStringLiteral("probe"), QStringLiteral("--backend"),
                                   QStringLiteral("emulator"), QStringLiteral("--db"), db});
    QVERIFY2(probe.exitCode == 0, qPrintable(probe.out + probe.err));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package_slow.moc"
