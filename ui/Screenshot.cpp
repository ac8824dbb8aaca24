#include "ui/Screenshot.h"

#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/panels/HexPanel.h"
#include "ui/panels/SuperblockPanel.h"
#include "ui/util/OutputFile.h"
#include "ui/util/ShownText.h"

#include "core/fs/MediaDamage.h"
#include "core/report/ExitStatus.h"

#include <QTableView>

#include <QApplication>
#include <QPixmap>

#include <cstdio>

namespace famscope::ui {

namespace {
void printErr(const QString& text) {
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}
// Damaged media is drawn as the window shows it; the warning comes first and the exit status
// is the CLI's for that damage, so scripts still notice.
int damagedExitStatus(const Snapshot& snapshot) {
    const auto damage = fs::readableDamage(snapshot.fs());
    if (!damage)
        return ExitOk;
    printErr(shownText(fs::damageWarning(snapshot.target.toStdString(), *damage)));
    return exitStatus(damage->kind());
}
} // namespace

// Drives the window as a script would: its parts are found by type, as tests find them.
int renderScreenshot(MainWindow& window, const GuiOptions& options) {
    window.resize(options.size);
    window.resetLayout(); // the same picture whatever the user arranged
    window.show();
    int damageStatus = ExitOk;
    if (options.demo || !options.target.isEmpty()) {
        const LoadResult result = loadSnapshotNow(LoadRequest{options.target, options.demo});
        window.findChild<Document*>()->setLoadResult(result);
        if (!result.snapshot) {
            printErr(result.error);
            return exitStatus(result.errorKind); // as `famscope info` for the same target
        }
        damageStatus = damagedExitStatus(*result.snapshot);
        QString select = options.select;
        // The file details view is only interesting with a file: the first interleaved one.
        if (select.isEmpty() && options.view == QLatin1String("details"))
            for (const fs::FsFile& f : result.snapshot->ns.files)
                if (f.map.interleaved) {
                    select = shownText(f.path); // the selection holds shown paths
                    break;
                }
        if (!select.isEmpty())
            window.findChild<SelectionModel*>()->setCurrentPath(select);
        if (options.view == QLatin1String("superblock")) { // show the superblock's bytes
            auto* table = window.findChild<SuperblockPanel*>()->findChild<QTableView*>();
            table->setCurrentIndex(table->model()->index(0, 0));
        }
        // The hex view is most telling on metadata: the selected file's log entry, or the log.
        if (options.view == QLatin1String("hex")) {
            const fs::FsFile* file = result.snapshot->ns.findFile(pathBytes(select));
            const uint64_t offset = file ? result.snapshot->entryOffset(file->entryIndex)
                                         : result.snapshot->entryOffset(0) - famfs::kLogHeaderSize;
            window.findChild<HexPanel*>()->showBytes(offset, file ? famfs::kLogEntrySize : 0);
        }
    }
    if (!options.view.isEmpty() && !window.selectView(options.view)) {
        printErr(QStringLiteral("famscope: unknown view '") + options.view +
                 QStringLiteral("' (one of: ") +
                 MainWindow::viewNames().join(QStringLiteral(", ")) + QLatin1Char(')'));
        return ExitUsage;
    }
    for (int i = 0; i < 5; ++i) // let layouts and deferred resizes settle
        QApplication::processEvents();
    if (const QString e = writeImageFile(options.screenshot, window.grab().toImage());
        !e.isEmpty()) {
        printErr(QStringLiteral("famscope: ") + e);
        return exitStatus(ErrorKind::Failed); // as `heatmap` for a picture it cannot write
    }
    return damageStatus;
}

} // namespace famscope::ui
