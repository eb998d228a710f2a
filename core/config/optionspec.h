#pragma once
// The table of options: name, environment variable, value name, help and default, once each.
#include <QList>
#include <QString>

namespace cybos {

struct OptionSpec {
    QString name;        // long option and settings-file key, e.g. "port"
    QString env;         // environment variable or empty
    QString valueName;   // empty for a flag
    QString help;
    QString defaultValue;
};

const QList<OptionSpec> &optionSpecs();
const OptionSpec *findOption(const QString &name);

// Options of the `com` explorer command (see cybos/…/comcommand).
const QList<OptionSpec> &comOptionSpecs();

QString defaultBackend();
QString defaultDataDir();
QString defaultConfigFile();

} // namespace cybos
