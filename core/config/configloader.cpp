#include "configloader.h"
#include "configvalidate.h"
#include "optionspec.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace cybos {
namespace {

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += QStringLiteral(
        "\nCommands:\n"
        "  (none)       serve: the tray application, or --headless\n"
        "  probe        connection test; exit 0 only when connected\n"
        "  init-db      create or migrate the database, print its path and schema version\n"
        "  sync-codes   sync the stock master into the database, print counts per market\n"
        "  com PROGID   Cybos object explorer (--input, --block-request, --headers, --data,\n"
        "               --call, --property); prints one JSON object\n"
        "\nPrecedence: command line > environment > settings file > default.\n");
    return text;
}

void addOptions(QCommandLineParser &parser, const QList<OptionSpec> &specs)
{
    for (const OptionSpec &s : specs) {
        QString help = s.help;
        if (!s.env.isEmpty())
            help += QStringLiteral(" [env %1]").arg(s.env);
        if (!s.defaultValue.isEmpty() && !s.valueName.isEmpty())
            help += QStringLiteral(" (default %1)").arg(s.defaultValue);
        parser.addOption(QCommandLineOption(s.name, help, s.valueName));
    }
}

// Resolve one option: command line > environment > settings file > default.
QString resolve(const OptionSpec &s, const QCommandLineParser &parser,
                const QProcessEnvironment &env, const QSettings *file)
{
    if (parser.isSet(s.name))
        return s.valueName.isEmpty() ? QStringLiteral("true") : parser.values(s.name).constLast();
    if (!s.env.isEmpty() && env.contains(s.env))
        return env.value(s.env);
    if (file && file->contains(s.name))
        return file->value(s.name).toString();
    return s.defaultValue;
}

ParseResult fail(const QString &line)
{
    ParseResult r;
    r.kind = ParseResult::Kind::Fail;
    r.text = line;
    return r;
}

ParseResult collect(const QCommandLineParser &parser, const QProcessEnvironment &env)
{
    const OptionSpec *cfg = findOption(QStringLiteral("config"));
    const QString cfgPath = parser.isSet(cfg->name) ? parser.value(cfg->name) : cfg->defaultValue;
    std::unique_ptr<QSettings> file;
    if (QFileInfo::exists(cfgPath)) {
        file = std::make_unique<QSettings>(cfgPath, QSettings::IniFormat);
        if (file->status() != QSettings::NoError)
            return fail(QStringLiteral("--config: '%1' is not a readable settings file").arg(cfgPath));
    } else if (parser.isSet(cfg->name)) {
        return fail(QStringLiteral("--config: '%1' does not exist").arg(cfgPath));
    }
    RawOptions raw;
    for (const OptionSpec &s : optionSpecs())
        raw.insert(s.name, resolve(s, parser, env, file.get()));
    raw.insert(QStringLiteral("config"), cfgPath);
    auto built = buildConfig(raw);
    if (!built)
        return fail(built.error().message);
    ParseResult r;
    r.kind = ParseResult::Kind::Run;
    r.config = std::move(built).value();
    return r;
}

} // namespace

QStringList ConfigLoader::commands()
{
    return {QStringLiteral("probe"), QStringLiteral("init-db"), QStringLiteral("sync-codes"),
            QStringLiteral("com")};
}

ParseResult ConfigLoader::load(const QStringList &arguments, const QProcessEnvironment &env)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "cybos-server: Cybos Plus market data over REST and WebSocket.\n"
        "대신증권 Cybos Plus 시세를 REST와 WebSocket으로 제공합니다."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    addOptions(parser, optionSpecs());
    addOptions(parser, comOptionSpecs());
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("probe | init-db | sync-codes | com"));
    if (!parser.parse(arguments))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help))
        return ParseResult{ParseResult::Kind::Help, {}, helpText(parser)};
    if (parser.isSet(version))
        return ParseResult{ParseResult::Kind::Version, {},
                           QStringLiteral("cybos-server %1 (Qt %2)\n").arg(QStringLiteral(CYBOS_VERSION), QString::fromLatin1(qVersion()))};
    const QStringList pos = parser.positionalArguments();
    const bool isCom = pos.value(0) == u"com";
    for (const OptionSpec &s : comOptionSpecs()) {
        if (!isCom && parser.isSet(s.name))
            return fail(QStringLiteral("--%1 belongs to the com command (see --help)").arg(s.name));
    }
    if (!pos.isEmpty() && !commands().contains(pos.first()))
        return fail(QStringLiteral("unknown command '%1': expected one of %2").arg(pos.first(), commands().join(QStringLiteral(", "))));
    if (pos.size() > 1 && !isCom)
        return fail(QStringLiteral("unexpected argument '%1' (see --help)").arg(pos.at(1)));
    ParseResult r = collect(parser, env);
    if (r.kind != ParseResult::Kind::Run)
        return r;
    r.config.command = pos.value(0);
    r.config.commandArgs = pos.mid(1);
    if (isCom) // the com command parses its own options from everything after "com"
        r.config.commandArgs = arguments.mid(arguments.indexOf(QStringLiteral("com")) + 1);
    return r;
}

} // namespace cybos
