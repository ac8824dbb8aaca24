// The GUI's command line: famscope [--demo [--tour]] [--lang LANG] [--screenshot OUT.png
// [--size WxH] [--view NAME] [--select PATH]] [--state-file FILE] [TARGET]. Parsed without any
// Qt GUI object, so a bad option is reported even where no display exists.
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace famscope::ui {

struct GuiOptions {
    QString target;
    bool demo = false;
    bool tour = false;  // the guided tour, on the demo
    QString lang;       // "" = the system locale
    QString screenshot; // output PNG; "" = interactive
    QSize size{1600, 1000};
    QString view;      // MainWindow::viewNames()
    QString select;    // namespace path to select
    QString stateFile; // --state-file: where the window writes what it shows (StateFile.h)
};

struct GuiOptionsResult {
    std::optional<GuiOptions> options;
    QString error; // "famscope: ..." when options is empty
};

GuiOptionsResult parseGuiOptions(const QStringList& args); // args without the program name

} // namespace famscope::ui
