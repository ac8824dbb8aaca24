#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace famscope::ui {

bool installTranslations(const QString& lang) {
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (!lang.isEmpty() && locale.language() == QLocale::C && lang != QLatin1String("C"))
        return false; // QLocale maps any name it does not know to C
    if (!lang.isEmpty())
        QLocale::setDefault(locale); // number formatting follows the chosen language
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto* app = new QTranslator(QCoreApplication::instance());
    if (!app->load(locale, QStringLiteral("famscope"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete app;
        return lang.isEmpty(); // an unknown system locale silently stays English
    }
    QCoreApplication::installTranslator(app);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace famscope::ui
