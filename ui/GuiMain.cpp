#include "ui/GuiMain.h"

#include "ui/GuiOptions.h"
#include "ui/Screenshot.h"
#include "ui/Translations.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/StateFile.h"
#include "ui/tour/TourCard.h"

#include "core/report/ExitStatus.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>
#include <cstdlib>

using namespace famscope::ui;

namespace {

bool haveDisplay() {
    for (const char* var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        if (const char* v = std::getenv(var); v && *v)
            return true;
    return false;
}

} // namespace

int famscope_gui_main(int argc, char** argv) {
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const GuiOptionsResult parsed = parseGuiOptions(args);
    if (!parsed.options) {
        std::fprintf(stderr, "%s\n", parsed.error.toLocal8Bit().constData());
        return famscope::ExitUsage;
    }
    const GuiOptions& options = *parsed.options;
    if (!options.screenshot.isEmpty() && !std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // screenshots never need a display
    else if (!haveDisplay()) {
        std::fprintf(stderr,
                     "famscope: no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                     "Run famscope on a desktop, or use the command line: famscope --help\n");
        return famscope::ExitUsage;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("famscope"));
    QApplication::setApplicationName(QStringLiteral("famscope"));
    QApplication::setApplicationVersion(QStringLiteral(FAMSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/famscope/famscope.svg")));
    // Lets a Wayland compositor match the window to the installed desktop file and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(FAMSCOPE_APP_ID));
    if (!installTranslations(options.lang)) {
        std::fprintf(stderr, "famscope: no translation for language '%s'\n",
                     options.lang.toLocal8Bit().constData());
        return famscope::ExitUsage;
    }

    MainWindow window;
    if (!options.screenshot.isEmpty())
        return renderScreenshot(window, options);
    if (!options.stateFile.isEmpty())
        new StateFile(&window, options.stateFile);
    if (!options.view.isEmpty())
        window.selectView(options.view);
    window.show();
    if (options.tour)
        TourCard::start(&window); // opens the demo
    else if (options.demo)
        window.openDemo();
    else if (!options.target.isEmpty())
        window.openPath(options.target);
    return app.exec();
}
