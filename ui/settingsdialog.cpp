#include "settingsdialog.h"
#include "autostart.h"
#include "connectiondock.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cybos {

SettingsDialog::SettingsDialog(const Config &config, QWidget *parent)
    : QDialog(parent), m_before(SettingsValues::fromConfig(config)), m_file(config.configFile)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *box = new QVBoxLayout(this);
    box->addWidget(buildServer());
    box->addWidget(buildStorage());
    box->addWidget(buildForwarding());
    box->addWidget(buildGeneral());
    m_restart = new QLabel(this);
    m_restart->setObjectName(QStringLiteral("restartLabel"));
    m_restart->setWordWrap(true);
    m_restart->setStyleSheet(QStringLiteral("color: #a86200;"));
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errorLabel"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #d0332b;"));
    box->addWidget(m_restart);
    box->addWidget(m_errors);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    box->addWidget(m_buttons);
    load(m_before);
    refreshHints();
}

QGroupBox *SettingsDialog::buildServer()
{
    auto *group = new QGroupBox(tr("API server"), this);
    auto *form = new QFormLayout(group);
    m_port = new QSpinBox(group);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_bind = new QLineEdit(group);
    m_bind->setObjectName(QStringLiteral("bindEdit"));
    m_bind->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Fa-f:.]*")), m_bind));
    m_apiKey = new QLineEdit(group);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\S*")), m_apiKey));
    m_apiKey->setPlaceholderText(tr("none (only this computer may connect)"));
    auto *generate = new QPushButton(tr("Generate"), group);
    generate->setObjectName(QStringLiteral("generateKeyButton"));
    connect(generate, &QPushButton::clicked, this, [this] { m_apiKey->setText(SettingsCheck::generateApiKey()); });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(generate);
    form->addRow(tr("Port *"), m_port);
    form->addRow(tr("Bind address *"), m_bind);
    form->addRow(tr("API key *"), keyRow);
    return group;
}

QGroupBox *SettingsDialog::buildStorage()
{
    auto *group = new QGroupBox(tr("Storage"), this);
    auto *form = new QFormLayout(group);
    m_dbPath = new QLineEdit(group);
    m_dbPath->setObjectName(QStringLiteral("dbPathEdit"));
    auto *browse = new QPushButton(tr("Browse…"), group);
    browse->setObjectName(QStringLiteral("browseDbButton"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseDatabase);
    auto *row = new QHBoxLayout;
    row->addWidget(m_dbPath, 1);
    row->addWidget(browse);
    m_retention = new QSpinBox(group);
    m_retention->setObjectName(QStringLiteral("retentionSpin"));
    m_retention->setRange(1, 36500);
    m_retention->setSuffix(tr(" days"));
    form->addRow(tr("Database *"), row);
    form->addRow(tr("Keep ticks for *"), m_retention);
    return group;
}

QGroupBox *SettingsDialog::buildForwarding()
{
    auto *group = new QGroupBox(tr("Forward ticks to a remote server"), this);
    auto *form = new QFormLayout(group);
    m_remoteUrl = new QLineEdit(group);
    m_remoteUrl->setObjectName(QStringLiteral("remoteUrlEdit"));
    m_remoteUrl->setPlaceholderText(tr("off — e.g. https://example.com or wss://example.com/ws/ingest"));
    m_remoteKey = new QLineEdit(group);
    m_remoteKey->setObjectName(QStringLiteral("remoteKeyEdit"));
    m_remoteKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    form->addRow(tr("Remote URL *"), m_remoteUrl);
    form->addRow(tr("Remote API key *"), m_remoteKey);
    return group;
}

QGroupBox *SettingsDialog::buildGeneral()
{
    auto *group = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(group);
    m_backend = new QComboBox(group);
    m_backend->setObjectName(QStringLiteral("backendCombo"));
#ifdef Q_OS_WIN
    m_backend->addItem(ConnectionDock::backendText(BackendKind::Cybos), backendKindName(BackendKind::Cybos));
#endif
    for (BackendKind kind : {BackendKind::Emulator, BackendKind::Replay})
        m_backend->addItem(ConnectionDock::backendText(kind), backendKindName(kind));
    m_backend->addItem(tr("Relay (receive from a forwarder)"), backendKindName(BackendKind::Relay));
    m_lang = new QComboBox(group);
    m_lang->setObjectName(QStringLiteral("langCombo"));
    m_lang->addItem(tr("System default"), QString());
    m_lang->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_lang->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_startAtLogin = new QCheckBox(tr("Start when I log in"), group);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startMinimized = new QCheckBox(tr("Start minimised to the tray"), group);
    m_startMinimized->setObjectName(QStringLiteral("startMinimizedCheck"));
    form->addRow(tr("Backend *"), m_backend);
    form->addRow(tr("Language *"), m_lang);
    form->addRow(QString(), m_startAtLogin);
    form->addRow(QString(), m_startMinimized);
    return group;
}

void SettingsDialog::load(const SettingsValues &v)
{
    m_port->setValue(v.port);
    m_bind->setText(v.bind);
    m_apiKey->setText(v.apiKey);
    m_dbPath->setText(v.dbPath);
    m_retention->setValue(v.retentionDays);
    m_remoteUrl->setText(v.remoteUrl);
    m_remoteKey->setText(v.remoteKey);
    if (m_backend->findData(v.backend) < 0) // e.g. "cybos" in a file copied from Windows
        m_backend->addItem(v.backend, v.backend);
    m_backend->setCurrentIndex(m_backend->findData(v.backend));
    m_lang->setCurrentIndex(qMax(0, m_lang->findData(v.lang)));
    m_startAtLogin->setChecked(v.startAtLogin);
    m_startMinimized->setChecked(v.startMinimized);
    for (QLineEdit *edit : {m_bind, m_apiKey, m_dbPath, m_remoteUrl, m_remoteKey})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::refreshHints);
    for (QSpinBox *spin : {m_port, m_retention})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::refreshHints);
    for (QComboBox *combo : {m_backend, m_lang})
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::refreshHints);
}

SettingsValues SettingsDialog::values() const
{
    SettingsValues v = m_before;
    v.port = m_port->value();
    v.bind = m_bind->text().trimmed();
    v.apiKey = m_apiKey->text().trimmed();
    v.dbPath = m_dbPath->text().trimmed();
    v.retentionDays = m_retention->value();
    v.remoteUrl = m_remoteUrl->text().trimmed();
    v.remoteKey = m_remoteKey->text().trimmed();
    v.backend = m_backend->currentData().toString();
    v.lang = m_lang->currentData().toString();
    v.startAtLogin = m_startAtLogin->isChecked();
    v.startMinimized = m_startMinimized->isChecked();
    return v;
}

void SettingsDialog::refreshHints()
{
    const QStringList restart = SettingsCheck::restartNeeded(m_before, values());
    m_restart->setText(restart.isEmpty() ? tr("* takes effect after a restart")
                                         : tr("Restart Cybos Server to apply: %1").arg(restart.join(QStringLiteral(", "))));
    m_errors->setText(errors().join(u'\n'));
}

void SettingsDialog::browseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_dbPath->text(),
                                                      tr("SQLite databases (*.db *.sqlite);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_dbPath->setText(path);
}

void SettingsDialog::accept()
{
    const SettingsValues now = values();
    const QStringList problems = SettingsCheck::validate(now);
    m_errors->setText(problems.join(u'\n'));
    if (!problems.isEmpty())
        return;
    QString error;
    if (!SettingsCheck::write(m_file, m_before, now, &error)) {
        m_errors->setText(error);
        return;
    }
    if (now.startAtLogin != m_before.startAtLogin
        && !Autostart::setEnabled(now.startAtLogin, QCoreApplication::applicationFilePath())) {
        m_errors->setText(tr("Could not change the login item at %1.").arg(Autostart::entryLocation()));
        return;
    }
    Q_EMIT saved(SettingsCheck::restartNeeded(m_before, now));
    QDialog::accept();
}

} // namespace cybos
