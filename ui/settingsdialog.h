#pragma once
// The Settings dialog: port, bind address, API key (with a generator), database path,
// retention, remote server and key, backend, language, start at login, start minimised.
// Refuses invalid values with a message in the dialog; writes the changed keys to the settings
// file and says which changes need a restart.
#include "settingsvalues.h"
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cybos {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Config &config, QWidget *parent = nullptr);

    SettingsValues values() const;
    QStringList errors() const { return SettingsCheck::validate(values()); }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // Written to the settings file; restartNeeded names what applies after a restart only.
    void saved(const QStringList &restartNeeded);

private:
    QGroupBox *buildServer();
    QGroupBox *buildStorage();
    QGroupBox *buildForwarding();
    QGroupBox *buildGeneral();
    void load(const SettingsValues &v);
    void refreshHints();
    void browseDatabase();

    SettingsValues m_before;
    QString m_file;
    QSpinBox *m_port = nullptr, *m_retention = nullptr;
    QLineEdit *m_bind = nullptr, *m_apiKey = nullptr, *m_dbPath = nullptr, *m_remoteUrl = nullptr, *m_remoteKey = nullptr;
    QComboBox *m_backend = nullptr, *m_lang = nullptr;
    QCheckBox *m_startAtLogin = nullptr, *m_startMinimized = nullptr;
    QLabel *m_errors = nullptr, *m_restart = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cybos
