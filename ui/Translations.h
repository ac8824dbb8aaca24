// Loading the UI translation (embedded :/i18n/famscope_<lang>.qm, English plural forms under
// it) and Qt's own for dialogs.
#pragma once

#include <QString>

namespace famscope::ui {

// `lang` "" follows the system locale; "en" (the source language) installs only the English
// plural forms, which every language gets underneath its own catalogue. Returns false when a
// translation for an explicitly requested language does not exist.
bool installTranslations(const QString& lang);

} // namespace famscope::ui
