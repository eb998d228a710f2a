#pragma once
// Resolves the settings: command line > environment > settings file > default, and validates
// them. A bad value gives one clear line (and the caller exits 2).
#include "config.h"
#include <QProcessEnvironment>
#include <QStringList>

namespace cybos {

struct ParseResult {
    enum class Kind { Run, Help, Version, Fail };
    Kind kind = Kind::Fail;
    Config config;
    QString text; // help/version text, or the error line
};

class ConfigLoader
{
public:
    static ParseResult load(const QStringList &arguments,
                            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static QStringList commands(); // the subcommands this executable knows
};

} // namespace cybos
