// Korean and English: the catalogues built from translations/*.ts load from the resources,
// switch the UI's words, and both .ts files are complete (every message translated).
#include "ui/translator.h"
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace cybos;

class TestUiTranslations : public QObject
{
    Q_OBJECT

    static QString t(const char *context, const char *text)
    {
        return QCoreApplication::translate(context, text);
    }

    struct TsStats {
        int messages = 0;
        QStringList unfinished; // sources without a finished translation
    };

    static TsStats readTs(const QString &path)
    {
        TsStats stats;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return stats;
        QXmlStreamReader xml(&file);
        QString source;
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++stats.messages;
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (!type.isEmpty() || text.isEmpty())
                    stats.unfinished << source;
            }
        }
        return stats;
    }

private Q_SLOTS:
    void catalogueIsInTheResources()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/cybos_ko.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/cybos_en.qm")));
    }

    void koreanTranslatesTheUi()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("ko")), QStringLiteral("ko"));
        QCOMPARE(t("cybos::ConnectionDock", "Connection"), QStringLiteral("연결"));
        QCOMPARE(t("cybos::QuoteModel", "Change %"), QStringLiteral("등락률"));
        QCOMPARE(t("cybos::QuoteModel", "Volume"), QStringLiteral("거래량"));
        QCOMPARE(t("cybos::BudgetDock", "Budget"), QStringLiteral("요청 한도"));
        QCOMPARE(t("cybos::TickModel", "Buy"), QStringLiteral("매수"));
        QCOMPARE(QCoreApplication::translate("cybos::QuoteDock", "%n code(s)", nullptr, 12), QStringLiteral("12종목"));
        QCOMPARE(QLocale().language(), QLocale::Korean);
    }

    void englishTranslatesBack()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(t("cybos::ConnectionDock", "Connection"), QStringLiteral("Connection"));
        QCOMPARE(QCoreApplication::translate("cybos::QuoteDock", "%n code(s)", nullptr, 1), QStringLiteral("1 code"));
        QCOMPARE(QCoreApplication::translate("cybos::QuoteDock", "%n code(s)", nullptr, 3), QStringLiteral("3 codes"));
    }

    void systemLocaleDecidesByDefault()
    {
        const QString lang = systemLanguage();
        QVERIFY(lang == u"ko" || lang == u"en");
        QCOMPARE(installTranslations(*qApp, QString()), lang);
    }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ko") << QStringLiteral("cybos_ko.ts");
        QTest::newRow("en") << QStringLiteral("cybos_en.ts");
    }
    void tsFilesAreComplete()
    {
        QFETCH(QString, file);
        const TsStats stats = readTs(QStringLiteral(CYBOS_SOURCE_DIR "/translations/") + file);
        QVERIFY2(stats.messages >= 150, qPrintable(QString::number(stats.messages)));
        QVERIFY2(stats.unfinished.isEmpty(), qPrintable(stats.unfinished.join(QStringLiteral(" | "))));
    }
};

QTEST_MAIN(TestUiTranslations)
#include "tst_ui_translations.moc"
