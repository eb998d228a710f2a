#include "settingsvalues.h"
#include "core/config/configvalidate.h"
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace cybos {

SettingsValues SettingsValues::fromConfig(const Config &c)
{
    SettingsValues v;
    v.port = c.port;
    v.bind = c.bind;
    v.apiKey = c.apiKey;
    v.dbPath = c.dbPath;
    v.retentionDays = c.retentionDays;
    v.remoteUrl = c.remoteUrl;
    v.remoteKey = c.remoteKey;
    v.backend = backendKindName(c.backend);
    v.lang = c.lang;
    v.startAtLogin = c.startAtLogin;
    v.startMinimized = c.startMinimized;
    v.replayFrom = c.replayFrom;
    return v;
}

QHash<QString, QString> SettingsValues::toOptions() const
{
    const auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    return {
        {QStringLiteral("port"), QString::number(port)},
        {QStringLiteral("bind"), bind.trimmed()},
        {QStringLiteral("api-key"), apiKey.trimmed()},
        {QStringLiteral("db"), dbPath.trimmed()},
        {QStringLiteral("retention-days"), QString::number(retentionDays)},
        {QStringLiteral("remote"), remoteUrl.trimmed()},
        {QStringLiteral("remote-key"), remoteKey.trimmed()},
        {QStringLiteral("backend"), backend},
        {QStringLiteral("lang"), lang},
        {QStringLiteral("start-at-login"), flag(startAtLogin)},
        {QStringLiteral("start-minimized"), flag(startMinimized)},
    };
}

bool SettingsCheck::isIpAddress(const QString &text)
{
    static const QRegularExpression v4(QStringLiteral(R"(^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$)"));
    const auto m = v4.match(text);
    if (m.hasMatch()) {
        for (int i = 1; i <= 4; ++i) {
            if (m.captured(i).toInt() > 255)
                return false;
        }
        return true;
    }
    // IPv6: QUrl checks a bracketed literal strictly (QtCore only: ui/ keeps off QtNetwork).
    if (!text.contains(u':') || text.contains(u'[') || text.contains(u'/'))
        return false;
    const QUrl url(QStringLiteral("http://[%1]/").arg(text), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

bool SettingsCheck::isLoopback(const QString &text)
{
    if (text.startsWith(QStringLiteral("127.")))
        return isIpAddress(text);
    return text == u"::1" || text == u"0:0:0:0:0:0:0:1";
}

bool SettingsCheck::isRemoteUrl(const QString &text)
{
    return cybos::isRemoteUrl(text); // the command line's own rule
}

QStringList SettingsCheck::validate(const SettingsValues &v)
{
    QStringList errors;
    if (v.port < 0 || v.port > 65535)
        errors << tr("The port must be a number from 0 to 65535.");
    const QString bind = v.bind.trimmed();
    if (!isIpAddress(bind))
        errors << tr("The bind address must be an IP address, such as 127.0.0.1.");
    else if (!isLoopback(bind) && v.apiKey.trimmed().isEmpty())
        errors << tr("Serving beyond this computer (%1) needs an API key.").arg(bind);
    if (v.apiKey.trimmed().contains(QRegularExpression(QStringLiteral("\\s"))))
        errors << tr("The API key must not contain spaces.");
    const QFileInfo db(v.dbPath.trimmed());
    if (v.dbPath.trimmed().isEmpty())
        errors << tr("The database path is empty.");
    else if (db.isDir())
        errors << tr("The database path is a folder; choose a file.");
    if (v.retentionDays < 1 || v.retentionDays > 36500)
        errors << tr("Retention must be from 1 to 36500 days.");
    if (!v.remoteUrl.trimmed().isEmpty() && !isRemoteUrl(v.remoteUrl.trimmed()))
        errors << tr("The remote server must be an http://, https://, ws:// or wss:// address.");
    const std::optional<BackendKind> backend = backendKindFromName(v.backend);
    if (!backend)
        errors << tr("Unknown backend \"%1\".").arg(v.backend);
    else if (*backend == BackendKind::Replay && v.replayFrom.isEmpty())
        errors << tr("The replay backend needs a recorded database (--replay-from).");
    if (!v.lang.isEmpty() && v.lang != u"ko" && v.lang != u"en")
        errors << tr("Unknown language \"%1\".").arg(v.lang);
    return errors;
}

QStringList SettingsCheck::restartNeeded(const SettingsValues &a, const SettingsValues &b)
{
    QStringList out;
    const auto check = [&out](bool changed, const QString &name) {
        if (changed)
            out << name;
    };
    check(a.port != b.port, tr("port"));
    check(a.bind.trimmed() != b.bind.trimmed(), tr("bind address"));
    check(a.apiKey.trimmed() != b.apiKey.trimmed(), tr("API key"));
    check(a.dbPath.trimmed() != b.dbPath.trimmed(), tr("database"));
    check(a.retentionDays != b.retentionDays, tr("retention"));
    check(a.remoteUrl.trimmed() != b.remoteUrl.trimmed() || a.remoteKey.trimmed() != b.remoteKey.trimmed(),
          tr("remote server"));
    check(a.backend != b.backend, tr("backend"));
    check(a.lang != b.lang, tr("language"));
    return out;
}

bool SettingsCheck::write(const QString &file, const SettingsValues &before, const SettingsValues &after, QString *error)
{
    if (file.isEmpty()) {
        if (error)
            *error = tr("No settings file is configured.");
        return false;
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSettings settings(file, QSettings::IniFormat);
    const auto old = before.toOptions();
    const auto now = after.toOptions();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        // Only what the user changed: an unchanged value may come from the command line or
        // the environment and must not be frozen into the file.
        if (old.value(it.key()) != it.value())
            settings.setValue(it.key(), it.value());
    }
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = tr("Could not write %1.").arg(file);
        return false;
    }
    return true;
}

QString SettingsCheck::generateApiKey()
{
    QString key;
    for (int i = 0; i < 4; ++i)
        key += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return key;
}

} // namespace cybos
