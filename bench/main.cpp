// cybos-bench: benchmark modes (ingest, ws, forward; REST is measured with wrk), each printing one JSON line of
// figures. The mode is the first argument; modes register themselves (benchmode.h).
#include "benchmode.h"
#include <QCoreApplication>
#include <cstdio>

namespace {

int usage()
{
    std::fputs("usage: cybos-bench MODE [options]\nmodes:\n", stderr);
    for (const cybos::bench::Mode &m : cybos::bench::modes())
        std::fprintf(stderr, "  %-8s %s\n           %s\n", m.name, m.usage, m.summary);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cybos-bench"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h")
        return usage();
    for (const cybos::bench::Mode &m : cybos::bench::modes()) {
        if (args.first() == QLatin1String(m.name))
            return m.run(args.mid(1));
    }
    std::fprintf(stderr, "cybos-bench: unknown mode '%s'\n", qPrintable(args.first()));
    return usage();
}
