#include "commands.h"
#include <QCoreApplication>
#include <cstdio>

namespace cybos {

int runCommand(const Config &config, int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cybos-server"));
    std::fprintf(stderr, "cybos-server: command '%s' is not built yet\n", qPrintable(config.command));
    return 1;
}

} // namespace cybos
