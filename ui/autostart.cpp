#include "autostart.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cybos::Autostart {
namespace {
#ifdef Q_OS_WIN
const QString kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kValueName = QStringLiteral("cybos-server");
#endif

QString command(const QString &program)
{
    return u'"' + QDir::toNativeSeparators(program) + QStringLiteral("\" --start-minimized");
}
} // namespace

QString entryLocation()
{
#ifdef Q_OS_WIN
    return kRunKey + u'\\' + kValueName;
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/autostart/cybos-server.desktop");
#endif
}

bool isEnabled()
{
#ifdef Q_OS_WIN
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kValueName);
#else
    return QFile::exists(entryLocation());
#endif
}

bool setEnabled(bool enabled, const QString &program)
{
#ifdef Q_OS_WIN
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(kValueName, command(program));
    else
        run.remove(kValueName);
    run.sync();
    return run.status() == QSettings::NoError;
#else
    const QString path = entryLocation();
    if (!enabled)
        return !QFile::exists(path) || QFile::remove(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    const QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=Cybos Server\n"
                                         "Comment=Cybos Plus market data over REST and WebSocket\n"
                                         "Exec=%1\nTerminal=false\nX-GNOME-Autostart-enabled=true\n")
                              .arg(command(program));
    return file.write(entry.toUtf8()) > 0;
#endif
}

} // namespace cybos::Autostart
