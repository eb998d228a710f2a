#pragma once
// The typed settings of ../shared/api.md "Command line". Each key and its default is defined
// once, in optionspec.cpp; ConfigLoader resolves command line > environment > settings file >
// default and validates.
#include "core/domain/backendkind.h"
#include <QString>
#include <QStringList>

namespace cybos {

struct Config {
    QString command;            // "" (serve), "probe", "init-db", "sync-codes", "com"
    QStringList commandArgs;    // positional arguments after the command
    BackendKind backend = BackendKind::Emulator;
    QString bind;               // empty: the loopback (bindHost())
    int port = 8000;
    QString dbPath;
    QString apiKey;
    QString remoteUrl;
    QString remoteKey;
    QString natsPrefix;         // subjects <natsPrefix>.ticks.<code>, <natsPrefix>.stocks
    bool natsCreateStream = true;
    QString natsCa;             // PEM CA certificates trusted for NATS over TLS, besides OpenSSL's store
    QString relayFrom;          // relay backend: nats://HOST:4222/STREAM to consume
    QString relayKey;           // relayFrom's credentials: a NATS token or a .creds file
    QString instanceId;         // "" = the database's meta.instance_id
    QString configFile;
    QString logLevel;           // debug | info | warning | error
    QString logFile;
    QStringList subscribe;      // canonical codes, or {"kospi200"}
    QString onDisconnect;       // wait | restart
    QString cybosRequest;       // async | block
    int emulatorRate = 200;
    quint32 emulatorSeed = 1;
    QString emulatorClock;      // always-open | krx
    QString replayFrom;
    double replaySpeed = 1.0;
    bool replayKeepTimes = false;
    int retentionDays = 30;
    QString lang;               // ko | en | "" (system locale)
    QString screenshot;
    bool headless = false;
    // Settings-file / advanced keys (also accepted as options).
    QStringList allowedOrigins; // Origin allow-list (empty: no Origin accepted, no CORS)
    QStringList hostNames;      // extra names accepted in the Host header
    int forwardBacklogWarn = 1'000'000; // warn when this many ticks wait for the forwarder
    // Memory bounds (docs/memory.md).
    qint64 tickBacklog = 500'000;       // storage writer queue, ticks
    qint64 wsClientBufferKb = 4096;     // unsent bytes per WebSocket client before slow_client
    qint64 wsBufferTotalMb = 512;       // unsent bytes of all WebSocket clients together
    bool startMinimized = false;
    bool startAtLogin = false;

    QString bindHost() const { return bind.isEmpty() ? QStringLiteral("127.0.0.1") : bind; }
};

} // namespace cybos
