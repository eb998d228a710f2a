#include "optionspec.h"
#include "core/domain/backendkind.h"
#include <QDir>
#include <QStandardPaths>

namespace cybos {
namespace {
OptionSpec opt(const char *name, const char *env, const char *valueName, const char *help,
               const QString &def = {})
{
    return OptionSpec{QString::fromLatin1(name), QString::fromLatin1(env),
                      QString::fromLatin1(valueName), QString::fromUtf8(help), def};
}

// The backend and where the API listens and stores.
QList<OptionSpec> serveSpecs()
{
    return {
        opt("backend", "", "name", "Backend: cybos, emulator, replay or relay.", defaultBackend()),
        opt("bind", "API_HOST", "addr", "Address to listen on.", QStringLiteral("127.0.0.1")),
        opt("port", "API_PORT", "n", "Port to listen on (0 picks a free one).", QStringLiteral("8000")),
        opt("db", "DATABASE_PATH", "path", "SQLite database file.", defaultDataDir() + QStringLiteral("/cybos.db")),
        opt("api-key", "API_KEY", "key", "API key (required when binding beyond loopback)."),
    };
}

// Forwarding to a remote, NATS, and the relay's sources.
QList<OptionSpec> forwardSpecs()
{
    return {
        opt("remote", "REMOTE_SERVER_URL", "url",
            "Forward ticks to an http(s):// or ws(s):// URL, or to NATS JetStream: nats://HOST:4222/STREAM (or tls://)."),
        opt("remote-key", "REMOTE_API_KEY", "key", "API key of the remote server (NATS: a token or a .creds file)."),
        opt("nats-prefix", "", "prefix", "NATS subjects: <prefix>.ticks.<code> and <prefix>.stocks.", QStringLiteral("krx")),
        opt("relay-from", "", "url",
            "Relay backend: consume the ticks a forwarder published to NATS JetStream, nats://[TOKEN@]HOST:4222/STREAM."),
        opt("relay-key", "RELAY_KEY", "key", "Credentials for --relay-from: a NATS token or a .creds file."),
        opt("nats-create-stream", "", "yes|no", "Create the NATS stream when it is missing.", QStringLiteral("yes")),
        opt("nats-ca", "", "file",
            "NATS over TLS: a PEM file of CA certificates to trust besides OpenSSL's default store (SSL_CERT_FILE)."),
        opt("instance-id", "", "id",
            "This instance's name as a source of forwarded ticks (and a relay's NATS consumer): letters, "
            "digits, - and _, at most 64 (default: a stable id made at the first start)."),
    };
}

// The settings file, logging, the backends' modes, the UI and the memory bounds.
QList<OptionSpec> runSpecs()
{
    return {
        opt("config", "", "file", "Settings file.", defaultConfigFile()),
        opt("log-level", "LOG_LEVEL", "level", "debug, info, warning or error.", QStringLiteral("info")),
        opt("log-file", "LOG_FILE", "path", "Log file.", defaultDataDir() + QStringLiteral("/logs/cybos-server.log")),
        opt("subscribe", "", "codes", "Comma-separated codes or kospi200, pinned at start."),
        opt("on-disconnect", "", "mode",
            "After Cybos drops the link: wait (recreate every object when it is back) or restart "
            "(relaunch the program then; at most 3 times in 10 minutes).", QStringLiteral("wait")),
        opt("cybos-request", "", "mode",
            "Cybos requests: async (Request + Received event) or block (BlockRequest, for an "
            "installation that does not fire Received).", QStringLiteral("async")),
        opt("emulator-rate", "", "n", "Emulator trades per second in total (1..1000000).", QStringLiteral("200")),
        opt("emulator-seed", "", "n", "Emulator random seed.", QStringLiteral("1")),
        opt("emulator-clock", "", "mode", "always-open or krx (real KST sessions).", QStringLiteral("always-open")),
        opt("replay-from", "", "path", "Database whose ticks the replay backend plays."),
        opt("replay-speed", "", "x", "Replay speed factor (0 = as fast as possible).", QStringLiteral("1.0")),
        opt("replay-keep-times", "", "", "Replay: keep the recorded times instead of shifting them to now."),
        opt("retention-days", "", "n", "Delete ticks older than this many days.", QStringLiteral("30")),
        opt("lang", "", "lang", "User interface language: ko or en (default: system locale)."),
        opt("screenshot", "", "file", "Show the main window, wait for live data, save a PNG, exit."),
        opt("headless", "", "", "Run without a GUI until SIGINT/SIGTERM."),
        opt("allowed-origins", "", "list", "Comma-separated Origins allowed to call the API."),
        opt("host-names", "", "list", "Extra host names accepted in the Host header."),
        opt("forward-backlog-warn", "", "n", "Warn when this many ticks wait for the forwarder.", QStringLiteral("1000000")),
        // Memory bounds (docs/memory.md): the defaults fit a 32-bit process with room to spare.
        opt("tick-backlog", "", "n", "Ticks that may wait for the database before new ones are dropped.", QStringLiteral("500000")),
        opt("ws-client-buffer-kb", "", "n", "Unsent data per WebSocket client before it is cut as slow (KiB).", QStringLiteral("4096")),
        opt("ws-buffer-total-mb", "", "n", "Unsent data of all WebSocket clients together; past it the client furthest behind is cut (MiB).", QStringLiteral("512")),
        opt("start-minimized", "", "", "Start hidden in the tray."),
        opt("start-at-login", "", "", "Start when the user logs in (settings dialog)."),
    };
}

} // namespace

QString defaultBackend()
{
#ifdef Q_OS_WIN
    return backendKindName(BackendKind::Cybos);
#else
    return backendKindName(BackendKind::Emulator);
#endif
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/cybos-server");
}

QString defaultConfigFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/cybos-server/cybos-server.ini");
}

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs = serveSpecs() + forwardSpecs() + runSpecs();
    return specs;
}

const OptionSpec *findOption(const QString &name)
{
    for (const OptionSpec &s : optionSpecs()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const QList<OptionSpec> &comOptionSpecs()
{
    static const QList<OptionSpec> specs{
        opt("input", "", "I=V", "com: SetInputValue(I, V) before the request (repeatable)."),
        opt("block-request", "", "", "com: call BlockRequest()."),
        opt("headers", "", "list", "com: header indices to read, e.g. 0-20 or 0,3,11."),
        opt("data", "", "fields:rows", "com: read GetDataValue(pos,row) for pos<fields, row<rows."),
        opt("call", "", "method", "com: call METHOD with the remaining arguments."),
        opt("property", "", "name", "com: read a property."),
    };
    return specs;
}

} // namespace cybos
