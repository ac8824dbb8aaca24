// The main window's live watch on a shared device, for the two-guest devdax test: opens
// TARGET in the window, creates READY_FILE once it shows the target (the other guest then
// writes), and waits until the namespace view shows PATH without being asked to reopen.
//   devdax_watch_probe TARGET PATH READY_FILE TIMEOUT_SECONDS
// Exit 0 with "WATCH saw PATH ..." when it appeared, 1 with the reason otherwise.
#include "../ui/WindowParts.h"
#include "ui/document/Document.h"
#include "ui/document/LogWatcher.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/NamespaceModel.h"
#include "ui/panels/NamespacePanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

using namespace famscope::ui;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: devdax_watch_probe TARGET PATH READY_FILE TIMEOUT_SECONDS\n");
        return 1;
    }
    const QString target = args[1], path = args[2], ready = args[3];
    const qint64 timeoutMs = args[4].toLongLong() * 1000;
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings

    MainWindow w;
    w.openPath(target);
    QElapsedTimer clock;
    clock.start();
    while (!uitest::part<famscope::ui::Document>(w)->snapshot() && clock.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 100);
        QThread::msleep(10);
    }
    if (!uitest::part<famscope::ui::Document>(w)->snapshot()) {
        std::printf("WATCH could not load %s\n", qPrintable(target));
        return 1;
    }
    if (!uitest::part<famscope::ui::LogWatcher>(w)->isWatching()) {
        std::printf("WATCH the window does not watch %s\n", qPrintable(target));
        return 1;
    }
    int changes = 0;
    QObject::connect(uitest::part<famscope::ui::LogWatcher>(w), &LogWatcher::logChanged,
                     [&changes] { ++changes; });
    QFile readyFile(ready);
    if (!readyFile.open(QIODevice::WriteOnly)) {
        std::printf("WATCH cannot create %s\n", qPrintable(ready));
        return 1;
    }
    readyFile.close();
    std::printf("WATCH watching %s for %s\n", qPrintable(target), qPrintable(path));
    std::fflush(stdout);
    clock.restart();
    const QString relative = path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
    while (clock.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 100);
        if (uitest::part<famscope::ui::NamespacePanel>(w)
                ->model()
                ->indexForPath(relative)
                .isValid()) {
            std::printf("WATCH saw %s %lld ms after watching began, %d log change(s) seen\n",
                        qPrintable(path), static_cast<long long>(clock.elapsed()), changes);
            return 0;
        }
        QThread::msleep(20);
    }
    std::printf("WATCH %s did not appear within %lld s (%d log change(s) seen)\n", qPrintable(path),
                timeoutMs / 1000, changes);
    return 1;
}
