// Names, paths and messages from media as the window shows them, and back. Every path the
// views pass around (selection, model roles, dialogs) is in this shown form: control and
// invisible characters and bytes that are not UTF-8 as \xNN, a backslash as \\ (the CLI's
// notation, report/TextEscape.h). QString::fromStdString would turn such bytes into U+FFFD,
// and the file could then be neither told apart nor found again.
#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace famscope::ui {

QString shownText(std::string_view bytes);
// A shown (or typed) path back to the bytes the namespace holds.
std::string pathBytes(const QString& shown);

} // namespace famscope::ui
