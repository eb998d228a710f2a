// The real program in GUI mode under a virtual X display: --screenshot shows the main window on
// the emulator in Korean, waits for live prices, writes a PNG and exits 0. The PNG must show a
// real window: the expected size and many different colours (text, the rise red, the fall blue).
#include "patience.h"
#include "tempdb.h"
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

    cybos::test::TempDb m_tmp;

    static bool near(QRgb pixel, QRgb target)
    {
        return qAbs(qRed(pixel) - qRed(target)) < 40 && qAbs(qGreen(pixel) - qGreen(target)) < 40
               && qAbs(qBlue(pixel) - qBlue(target)) < 40;
    }

private Q_SLOTS:
    void koreanWindowWithLiveData()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfb.isEmpty())
            QSKIP("xvfb-run is not installed");
        // Under qemu-user (.ci/qt68.sh on a kernel without ia32) every instruction of the X
        // server's client, the software-rendered chart and the emulator share one emulated
        // GUI thread: live data arrives too slowly to be waited for. Natively it runs.
        if (qEnvironmentVariableIsSet("CYBOS_EMULATED_CPU") && !qEnvironmentVariableIsEmpty("CYBOS_EMULATED_CPU"))
            QSKIP("the GUI under CPU emulation (qemu-user) is too slow for a live screenshot");
        const QString png = m_tmp.dir() + QStringLiteral("/shot.png");
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a real X server this time
        env.insert(QStringLiteral("HOME"), m_tmp.dir());            // no user settings, no user data
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.dir() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.dir() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_tmp.dir());
        proc.setProcessEnvironment(env);
        proc.setProcessChannelMode(QProcess::MergedChannels);
        proc.start(xvfb, {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1400x900x24"),
                          QStringLiteral(CYBOS_SERVER_BIN), QStringLiteral("--backend"), QStringLiteral("emulator"),
                          QStringLiteral("--emulator-rate"), QStringLiteral("2000"), QStringLiteral("--screenshot"), png,
                          QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--db"), m_tmp.path()});
        QVERIFY(proc.waitForStarted());
        const bool finished = proc.waitForFinished(cybos::test::patient(120000));
        const QByteArray output = proc.readAll(); // once: QVERIFY2 evaluates its message even on success
        QVERIFY2(finished, output.constData());
        QVERIFY2(proc.exitStatus() == QProcess::NormalExit && proc.exitCode() == 0, output.constData());

        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QVERIFY2(image.width() >= 800 && image.height() >= 500, qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        QSet<QRgb> colours;
        int rise = 0, fall = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb p = image.pixel(x, y);
                colours.insert(p);
                rise += near(p, qRgb(0xd6, 0x2a, 0x2a)) ? 1 : 0;
                fall += near(p, qRgb(0x1e, 0x5b, 0xd6)) ? 1 : 0;
            }
        }
        QVERIFY2(colours.size() > 64, qPrintable(QString::number(colours.size())));
        // Live prices moved both ways: red and blue text is on screen.
        QVERIFY2(rise > 20 && fall > 20, qPrintable(QStringLiteral("rise %1, fall %2").arg(rise).arg(fall)));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot_slow.moc"
