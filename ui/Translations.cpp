#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace famscope::ui {

namespace {

// The English catalogue holds only plural forms: the source strings say "%n file(s)", and
// English needs "1 file" / "2 files". Installed under every language, so that a string another
// catalogue lacks still reads as proper English.
void installEnglishPlurals() {
    auto* en = new QTranslator(QCoreApplication::instance());
    if (en->load(QStringLiteral("famscope_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(en);
    else
        delete en;
}

} // namespace

bool installTranslations(const QString& lang) {
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (!lang.isEmpty() && locale.language() == QLocale::C && lang != QLatin1String("C"))
        return false; // QLocale maps any name it does not know to C
    if (!lang.isEmpty())
        QLocale::setDefault(locale); // number formatting follows the chosen language
    installEnglishPlurals(); // first, so that the chosen language's catalogue takes precedence
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
