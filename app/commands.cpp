#include "commands.h"
#include "cmd_com.h"
#include "cmd_initdb.h"
#include "cmd_probe.h"
#include "cmd_synccodes.h"
#include "gui.h"
#include "headless.h"
#include "restarter.h"
#include "core/log/logfile.h"
#include <QCoreApplication>
#include <cstdio>

namespace cybos {
void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("cybos-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("cybos-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CYBOS_VERSION));
}

namespace {

int runCoreCommand(const Config &config, Restarter &restarter)
{
    if (config.command == u"init-db")
        return runInitDb(config);
    if (config.command == u"probe")
        return runProbe(config);
    if (config.command == u"sync-codes")
        return runSyncCodes(config);
    if (config.command == u"com")
        return runCom(config);
    if (!LogFile::install(config.logFile, config.logLevel))
        std::fprintf(stderr, "cybos-server: cannot open the log file %s; logging to stderr only\n",
                     qPrintable(config.logFile));
    return runHeadless(config, restarter);
}

} // namespace

int runCommand(const Config &config, int &argc, char **argv)
{
    // The command line as given, before QApplication takes its own options out of argv: an
    // --on-disconnect restart relaunches with exactly these, once everything here is closed.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    Restarter restarter(arguments, qEnvironmentVariable(RestartGuard::kEnvVar));
    const bool gui = config.command.isEmpty() && !config.headless;
    if (gui) {
        LogFile::install(config.logFile, config.logLevel);
        const int code = runGui(config, argc, argv, restarter);
        return restarter.relaunchIfRequested(code);
    }
    QCoreApplication app(argc, argv);
    nameApplication();
    const int code = runCoreCommand(config, restarter);
    return restarter.relaunchIfRequested(code);
}

} // namespace cybos
