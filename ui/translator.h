#pragma once
// Korean or English for the whole UI: our own catalogue (:/i18n/cybos_<lang>.qm, built from
// translations/*.ts by qt_add_translations) plus Qt's own qtbase catalogue when installed.
#include <QString>

class QApplication;

namespace cybos {

// lang: "ko", "en", or "" for the system locale (Korean when the locale is Korean, otherwise
// English). Returns the language actually installed.
QString installTranslations(QApplication &app, const QString &lang);
// The language "" resolves to on this system.
QString systemLanguage();

} // namespace cybos
