// The checking tools of the main window: the Verify and fsck tabs, where their findings lead
// (superblock field, log row, file, heatmap range, hex view), and the live watch of the log.
#include "ui/mainwindow/MainWindow.h"

#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/document/LogWatcher.h"
#include "ui/fsck/FsckPanel.h"
#include "ui/panels/HexPanel.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/SuperblockPanel.h"
#include "ui/verify/VerifyPanel.h"
#include "ui/views/HeatmapPanel.h"
#include "ui/views/HeatmapView.h"

#include <QStatusBar>
#include <QTabWidget>

namespace famscope::ui {

void MainWindow::buildCheckPanels() {
    verify_ = new VerifyPanel(selection_, this);
    tabs_->addTab(verify_, tr("Veri&fy"));
    fsck_ = new FsckPanel(this);
    tabs_->addTab(fsck_, tr("fs&ck"));
    logWatcher_ = new LogWatcher(document_, this);

    connect(verify_, &VerifyPanel::showBytes, hex_, &HexPanel::showBytes);
    connect(verify_, &VerifyPanel::showDeviceBytes, hex_, &HexPanel::showDeviceBytes);
    verify_->setOpenedDevices(hex_->openedDevices());
    connect(fsck_, &FsckPanel::showBytes, hex_, &HexPanel::showBytes);
    connect(fsck_, &FsckPanel::superblockFieldRequested, this,
            [this](const QString& field, qulonglong offset) { showStructureField(field, offset); });
    connect(fsck_, &FsckPanel::logEntryRequested, this,
            [this](qulonglong entry) { showLogEntry(entry); });
    connect(fsck_, &FsckPanel::pathRequested, selection_, &SelectionModel::setCurrentPath);
    connect(fsck_, &FsckPanel::unitsRequested, this,
            [this](qulonglong first, qulonglong count) { showUnits(first, count); });
    connect(logWatcher_, &LogWatcher::logChanged, this,
            [this](qint64, const QString& message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::showStructureField(const QString& field, uint64_t offset) {
    tabs_->setCurrentWidget(superblock_);
    superblock_->showField(field, offset);
}

void MainWindow::showLogEntry(uint64_t entry) {
    tabs_->setCurrentWidget(log_);
    log_->showEntry(entry);
}

void MainWindow::showUnits(uint64_t firstAu, uint64_t count) {
    tabs_->setCurrentWidget(heatmap_);
    heatmap_->view()->scrollToUnit(firstAu + count / 2);
}

} // namespace famscope::ui
