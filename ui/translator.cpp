#include "translator.h"
#include "core/log/categories.h"
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cybos {

QString systemLanguage()
{
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &l : ui) {
        if (l.startsWith(QStringLiteral("ko")))
            return QStringLiteral("ko");
        if (l.startsWith(QStringLiteral("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString installTranslations(QApplication &app, const QString &lang)
{
    const QString chosen = lang.isEmpty() ? systemLanguage() : lang;
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/cybos_%1.qm").arg(chosen)))
        QApplication::installTranslator(own);
    else {
        qCWarning(lcUi) << "no translation for" << chosen;
        delete own;
    }
    // Qt's own strings (dialog buttons, context menus) in the same language, when installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(chosen == u"ko" ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                        : QLocale(QLocale::English, QLocale::UnitedStates));
    return chosen;
}

} // namespace cybos
