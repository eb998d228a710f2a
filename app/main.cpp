// cybos-server: parses the settings, then hands over to the command or the application.
#include "commands.h"
#include "core/config/configloader.h"
#include <QCoreApplication>
#include <cstdio>
#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // A GUI-subsystem executable has no console: when started from one (probe, com, --help),
    // write to it, so command-line use works from cmd.exe and PowerShell alike.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
    // Worker threads (server, storage, forwarder) get Qt's plain poll() event dispatcher instead
    // of GLib's: the server thread registers and drops a socket notifier per request, which
    // costs GLib a source update each time (about 5 % of the REST server's CPU). The GUI
    // thread keeps GLib, which the platform integration may want.
    if (qEnvironmentVariableIsEmpty("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const cybos::ParseResult parsed = cybos::ConfigLoader::load(args);
    switch (parsed.kind) {
    case cybos::ParseResult::Kind::Help:
    case cybos::ParseResult::Kind::Version:
        std::fputs(parsed.text.toLocal8Bit().constData(), stdout);
        return 0;
    case cybos::ParseResult::Kind::Fail:
        std::fprintf(stderr, "cybos-server: %s\n", parsed.text.toLocal8Bit().constData());
        return 2;
    case cybos::ParseResult::Kind::Run:
        break;
    }
    return cybos::runCommand(parsed.config, argc, argv);
}
