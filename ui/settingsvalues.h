#pragma once
// What the settings dialog edits, its checks, and how it lands in the settings file: QSettings
// IniFormat at config.configFile, keys = the option names of core/config/optionspec.cpp (the
// file ConfigLoader reads at the next start).
#include "core/config/config.h"
#include <QCoreApplication>
#include <QStringList>

namespace cybos {

struct SettingsValues {
    int port = 8000;
    QString bind;
    QString apiKey;
    QString dbPath;
    int retentionDays = 30;
    QString remoteUrl;
    QString remoteKey;
    QString backend;
    QString lang;             // "" = system locale
    bool startAtLogin = false;
    bool startMinimized = false;
    QString replayFrom;       // not edited; the replay backend needs it

    static SettingsValues fromConfig(const Config &config);
    QHash<QString, QString> toOptions() const;   // option name → settings-file text
    bool operator==(const SettingsValues &) const = default;
};

class SettingsCheck
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCheck)
public:
    // One translated line per refused value; empty when everything is acceptable.
    static QStringList validate(const SettingsValues &values);
    // The names (translated) of changed settings that only take effect after a restart.
    static QStringList restartNeeded(const SettingsValues &before, const SettingsValues &after);
    // Writes the keys whose value changed; false (with a reason) when the file cannot be written.
    static bool write(const QString &file, const SettingsValues &before, const SettingsValues &after,
                      QString *error = nullptr);
    static QString generateApiKey();              // 32 random hex characters

    static bool isIpAddress(const QString &text);
    static bool isLoopback(const QString &text);
    static bool isRemoteUrl(const QString &text);
};

} // namespace cybos
