// The checking tools of the main window: the Verify and fsck tabs, where their findings lead
// (superblock field, log row, file, heatmap range, hex view), and the live watch of the log.
#include "ui/mainwindow/MainWindow.h"

#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/document/LogWatcher.h"
#include "ui/fsck/FsckPanel.h"
#include "ui/models/LogModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/StructureFieldsModel.h"
#include "ui/panels/DebouncedFilter.h"
#include "ui/panels/HexPanel.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/SuperblockPanel.h"
#include "ui/verify/VerifyPanel.h"
#include "ui/views/HeatmapPanel.h"
#include "ui/views/HeatmapView.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

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
    const QAbstractItemModel* model = superblock_->model();
    int best = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex name = model->index(row, StructureFieldsModel::Field);
        if (name.data().toString() != field)
            continue;
        if (best < 0)
            best = row;
        // Two structures can have a field of the same name (crc): the offset decides.
        if (offset != 0 && name.data(DeviceOffsetRole).toULongLong() == offset) {
            best = row;
            break;
        }
    }
    if (best < 0)
        return;
    const QModelIndex index = model->index(best, StructureFieldsModel::Field);
    superblock_->view()->setCurrentIndex(index);
    superblock_->view()->scrollTo(index);
}

void MainWindow::showLogEntry(uint64_t entry) {
    tabs_->setCurrentWidget(log_);
    if (entry >= static_cast<uint64_t>(log_->model()->rowCount()))
        return;
    QModelIndex index = log_->proxy()->mapFromSource(
        log_->model()->index(static_cast<int>(entry), LogModel::Index));
    if (!index.isValid()) { // hidden by the filter: show every row again
        log_->filterEdit()->clear();
        log_->filter()->applyNow();
        index = log_->proxy()->mapFromSource(
            log_->model()->index(static_cast<int>(entry), LogModel::Index));
    }
    log_->view()->setCurrentIndex(index);
    log_->view()->scrollTo(index);
}

void MainWindow::showUnits(uint64_t firstAu, uint64_t count) {
    tabs_->setCurrentWidget(heatmap_);
    heatmap_->view()->scrollToUnit(firstAu + count / 2);
}

} // namespace famscope::ui
