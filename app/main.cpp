// cybos-server: parses the settings, then hands over to the command or the application.
#include "commands.h"
#include "core/config/configloader.h"
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
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
