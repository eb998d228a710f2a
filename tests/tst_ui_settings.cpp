// The settings dialog: invalid values refused in the dialog with a message, valid changes
// written to the settings file under the option names (so ConfigLoader reads them back), the
// restart hint, the key generator, and the start-at-login entry.
#include "core/config/configloader.h"
#include "tempdb.h"
#include "ui/autostart.h"
#include "ui/settingsdialog.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace cybos;

class TestUiSettings : public QObject
{
    Q_OBJECT

    test::TempDb m_tmp;

    QString file() const { return m_tmp.dir() + QStringLiteral("/cybos-server.ini"); }
    Config config() const
    {
        Config c;
        c.port = 8000;
        c.bind = QStringLiteral("127.0.0.1");
        c.dbPath = m_tmp.path();
        c.backend = BackendKind::Emulator;
        c.retentionDays = 30;
        c.configFile = file();
        return c;
    }
    static SettingsValues valid()
    {
        SettingsValues v;
        v.port = 8000;
        v.bind = QStringLiteral("127.0.0.1");
        v.dbPath = QStringLiteral("/tmp/cybos.db");
        v.backend = QStringLiteral("emulator");
        return v;
    }
    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }
    static void clickOk(QDialog &dialog)
    {
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_tmp.dir() + QStringLiteral("/xdg")));
    }
    void cleanup() { QFile::remove(file()); }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("defaults") << "" << "" << true;
        QTest::newRow("port too big") << "port" << "70000" << false;
        QTest::newRow("port negative") << "port" << "-1" << false;
        QTest::newRow("port zero picks one") << "port" << "0" << true;
        QTest::newRow("bind host name") << "bind" << "localhost" << false;
        QTest::newRow("bind bad octet") << "bind" << "999.1.1.1" << false;
        QTest::newRow("bind any without key") << "bind" << "0.0.0.0" << false;
        QTest::newRow("bind lan without key") << "bind" << "192.168.0.10" << false;
        QTest::newRow("bind ipv6 loopback") << "bind" << "::1" << true;
        QTest::newRow("bind ipv6 garbage") << "bind" << "::1::2" << false;
        QTest::newRow("remote ftp") << "remote" << "ftp://example.com" << false;
        QTest::newRow("remote no host") << "remote" << "https://" << false;
        QTest::newRow("remote https") << "remote" << "https://example.com/api" << true;
        QTest::newRow("remote wss") << "remote" << "wss://relay.example:8443/ws/ingest" << true;
        QTest::newRow("retention zero") << "retention" << "0" << false;
        QTest::newRow("db empty") << "db" << "" << false;
        QTest::newRow("db is a folder") << "db" << "/tmp" << false;
        QTest::newRow("key with space") << "key" << "abc def" << false;
        QTest::newRow("replay without source") << "backend" << "replay" << false;
        QTest::newRow("unknown backend") << "backend" << "bloomberg" << false;
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        SettingsValues v = valid();
        if (field == u"port")
            v.port = value.toInt();
        else if (field == u"bind")
            v.bind = value;
        else if (field == u"remote")
            v.remoteUrl = value;
        else if (field == u"retention")
            v.retentionDays = value.toInt();
        else if (field == u"db")
            v.dbPath = value;
        else if (field == u"key")
            v.apiKey = value;
        else if (field == u"backend")
            v.backend = value;
        const QStringList errors = SettingsCheck::validate(v);
        QVERIFY2(errors.isEmpty() == ok, qPrintable(errors.join(u'|')));
        QVERIFY(errors.size() <= 1);
    }

    void nonLoopbackIsFineWithAKey()
    {
        SettingsValues v = valid();
        v.bind = QStringLiteral("0.0.0.0");
        v.apiKey = SettingsCheck::generateApiKey();
        QVERIFY(SettingsCheck::validate(v).isEmpty());
    }

    void dialogRefusesInvalidValues()
    {
        SettingsDialog dialog(config());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->maximum(), 65535);
        auto *bind = child<QLineEdit>(&dialog, "bindEdit");
        bind->clear();
        QTest::keyClicks(bind, QStringLiteral("0.0.0.0 xyz")); // no host names, not even spaces
        QCOMPARE(bind->text(), QStringLiteral("0.0.0.0"));
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("API key")));
        QVERIFY(!QFile::exists(file()));
        child<QLineEdit>(&dialog, "remoteUrlEdit")->setText(QStringLiteral("mailto:someone"));
        QCOMPARE(dialog.errors().size(), 2);
        QTest::mouseClick(child<QPushButton>(&dialog, "generateKeyButton"), Qt::LeftButton);
        child<QLineEdit>(&dialog, "remoteUrlEdit")->clear();
        QVERIFY(dialog.errors().isEmpty());
    }

    void generatedKeysAre32Hex()
    {
        SettingsDialog dialog(config());
        QTest::mouseClick(child<QPushButton>(&dialog, "generateKeyButton"), Qt::LeftButton);
        const QString first = child<QLineEdit>(&dialog, "apiKeyEdit")->text();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(first).hasMatch());
        QTest::mouseClick(child<QPushButton>(&dialog, "generateKeyButton"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(&dialog, "apiKeyEdit")->text() != first);
    }

    void writesChangedKeysThatTheLoaderReads()
    {
        SettingsDialog dialog(config());
        dialog.show();
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        child<QSpinBox>(&dialog, "portSpin")->setValue(8123);
        child<QCheckBox>(&dialog, "startMinimizedCheck")->setChecked(true);
        QVERIFY(child<QLabel>(&dialog, "restartLabel")->text().contains(QStringLiteral("port")));
        clickOk(dialog);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).toStringList(), QStringList{QStringLiteral("port")});
        QVERIFY(!dialog.isVisible());
        const QSettings written(file(), QSettings::IniFormat);
        QCOMPARE(written.value(QStringLiteral("port")).toString(), QStringLiteral("8123"));
        QCOMPARE(written.value(QStringLiteral("start-minimized")).toString(), QStringLiteral("true"));
        QVERIFY(!written.contains(QStringLiteral("bind"))); // unchanged keys stay out of the file
        const ParseResult loaded = ConfigLoader::load({QStringLiteral("cybos-server"), QStringLiteral("--config"), file()},
                                                      QProcessEnvironment());
        QCOMPARE(int(loaded.kind), int(ParseResult::Kind::Run));
        QCOMPARE(loaded.config.port, 8123);
        QVERIFY(loaded.config.startMinimized);
    }

    void unchangedSaveNeedsNoRestart()
    {
        SettingsDialog dialog(config());
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.accept();
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.at(0).at(0).toStringList().isEmpty());
    }

    void startAtLoginWritesTheAutostartEntry()
    {
#ifdef Q_OS_WIN
        QSKIP("writes the registry on Windows");
#endif
        QVERIFY(Autostart::entryLocation().startsWith(m_tmp.dir()));
        QVERIFY(!Autostart::isEnabled());
        SettingsDialog dialog(config());
        child<QCheckBox>(&dialog, "startAtLoginCheck")->setChecked(true);
        dialog.accept();
        QVERIFY(Autostart::isEnabled());
        QFile entry(Autostart::entryLocation());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY(text.contains(QStringLiteral("Exec=\"%1\" --start-minimized").arg(QCoreApplication::applicationFilePath())));
        QVERIFY(Autostart::setEnabled(false, {}));
        QVERIFY(!Autostart::isEnabled());
    }
};

QTEST_MAIN(TestUiSettings)
#include "tst_ui_settings.moc"
