#pragma once
// cybos-bench modes: each mode is one file that registers itself here, so adding a mode is
// adding a file (main.cpp dispatches by the first argument).
//
//   static const bool registered = cybos::bench::registerMode(
//       {"ingest", "[--seconds N] [--rate R]", "emulator -> adapter -> bus -> SQLite", &runIngest});
//
// A mode runs with a QCoreApplication alive, prints one JSON line of figures on stdout and
// returns the exit code (0 ok, 1 failed, 2 bad arguments).
#include <QList>
#include <QStringList>

namespace cybos::bench {

struct Mode {
    const char *name;
    const char *usage;        // arguments after the mode name
    const char *summary;
    int (*run)(const QStringList &args);
};

bool registerMode(const Mode &mode);
const QList<Mode> &modes();   // in registration order

// --server's default: cybos-server beside cybos-bench (an installed or copied pair), else the
// one built with it (the build tree keeps them in app/ and bench/).
QString defaultServerBin();

// "--name value" arguments; value() of a missing name is the fallback.
class Args
{
public:
    explicit Args(QStringList args) : m_args(std::move(args)) {}
    bool has(const QString &name) const { return m_args.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    // A number option; sets *ok false (and leaves it so) if present and not a number.
    double number(const QString &name, double fallback, bool *ok) const;
    QStringList unknown(const QStringList &known) const; // options not in `known`

private:
    QStringList m_args;
};

} // namespace cybos::bench
