#include "ui/edit/EditController.h"

#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/edit/CreateFileDialog.h"
#include "ui/edit/ImportJob.h"
#include "ui/edit/MkdirDialog.h"
#include "ui/edit/MkfsDeviceDialog.h"
#include "ui/edit/NewImageDialog.h"
#include "ui/edit/TreeDropImport.h"
#include "ui/edit/UndoController.h"
#include "ui/edit/WriteMode.h"
#include "ui/fsck/FsckPanel.h"
#include "ui/repair/PendingRepairBanner.h"
#include "ui/repair/RepairDialog.h"
#include "ui/util/ShownText.h"
#include "ui/views/HeatmapPanel.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace famscope::ui {

namespace {

edit::MkfsOptions mkfsBase(const edit::SessionOptions& session) {
    edit::MkfsOptions o;
    o.systemUuidPath = session.systemUuidPath;
    o.mountInfoPath = session.mountInfoPath;
    return o;
}

} // namespace

EditController::EditController(const Parts& parts)
    : QObject(parts.window), window_(parts.window), document_(parts.document),
      selection_(parts.selection), heatmap_(parts.heatmap), writeMode_(new WriteMode(this)),
      undo_(new UndoController(
          writeMode_, parts.document,
          [window = parts.window](const QString& question) {
              return QMessageBox::question(window, tr("Undo last write session"), question) ==
                     QMessageBox::Yes;
          },
          this)),
      import_(new ImportJob(writeMode_, parts.window, this)),
      drop_(new TreeDropImport(parts.namespaceTree, writeMode_, import_)) {
    buildBars();
    buildActions(parts.fileMenu, parts.editMenu);
    connect(writeMode_, &WriteMode::changed, this, &EditController::updateState);
    connect(writeMode_, &WriteMode::wrote, document_, &Document::reload);
    connect(document_, &Document::loaded, this, &EditController::documentLoaded);
    connect(import_, &ImportJob::finished, this, [this](const ImportOutcome& outcome) {
        updateState();
        if (!outcome.error.isEmpty())
            QMessageBox::warning(window_, tr("Import"),
                                 tr("The import stopped: %1").arg(outcome.error));
        else
            window_->statusBar()->showMessage(outcome.cancelled
                                                  ? tr("Import cancelled; what was copied stays.")
                                                  : tr("Import finished."),
                                              8000);
    });
    updateState();
}

EditController::~EditController() {
    // A running import uses the session, which goes with writeMode_: let it finish first.
    delete import_;
}

void EditController::buildBars() {
    writeBar_ = new QWidget(window_);
    writeBar_->setObjectName(QStringLiteral("writeModeBar"));
    writeBar_->setAutoFillBackground(true);
    writeBar_->setStyleSheet(QStringLiteral(
        "#writeModeBar { background: #d35400; } #writeModeBar QLabel { color: white; "
        "font-weight: bold; }"));
    writeText_ = new QLabel(writeBar_);
    auto* leave = new QPushButton(tr("&Leave write mode"), writeBar_);
    connect(leave, &QPushButton::clicked, this, [this] { setWriteMode(false); });
    auto* barLayout = new QHBoxLayout(writeBar_);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(writeText_, 1);
    barLayout->addWidget(leave);
    writeBar_->hide();

    refusal_ = new QLabel(window_);
    refusal_->setObjectName(QStringLiteral("writeRefusal"));
    refusal_->setWordWrap(true);
    refusal_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    refusal_->setStyleSheet(
        QStringLiteral("QLabel { background: #f5d76e; color: black; padding: 6px; }"));
    refusal_->hide();

    pendingRepair_ = new PendingRepairBanner(document_, writeMode_, window_);
    connect(pendingRepair_, &PendingRepairBanner::aboutToWrite, this,
            [this] { setWriteMode(false); });
    connect(pendingRepair_, &PendingRepairBanner::finished, this, [this](const QString& backup) {
        if (const auto snapshot = document_->snapshot())
            writeMode_->rememberBackup(backup, snapshot->target); // Undo puts it back
        document_->reload();
        updateState();
    });
    connect(pendingRepair_, &PendingRepairBanner::undone, this, [this] {
        document_->reload();
        updateState();
    });

    // Above the panels, below the load-error banner.
    if (auto* layout = qobject_cast<QVBoxLayout*>(window_->centralWidget()->layout())) {
        layout->insertWidget(0, pendingRepair_);
        layout->insertWidget(0, refusal_);
        layout->insertWidget(0, writeBar_);
    }
}

void EditController::buildActions(QMenu* fileMenu, QMenu* editMenu) {
    QAction* firstFileAction = fileMenu->actions().value(0);
    auto* newImage = new QAction(tr("&New image…"), this);
    connect(newImage, &QAction::triggered, this, [this] { showDialog(newImageDialog()); });
    auto* formatDevice = new QAction(tr("&Format devdax device…"), this);
    connect(formatDevice, &QAction::triggered, this, [this] { showDialog(mkfsDeviceDialog()); });
    fileMenu->insertAction(firstFileAction, newImage);
    fileMenu->insertAction(firstFileAction, formatDevice);
    fileMenu->insertSeparator(firstFileAction);

    editMenu->addSeparator();
    writeAction_ = editMenu->addAction(tr("&Write mode"));
    writeAction_->setObjectName(QStringLiteral("writeModeAction"));
    writeAction_->setCheckable(true);
    writeAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    writeAction_->setToolTip(tr("Open the file system for writing (read-only otherwise)"));
    connect(writeAction_, &QAction::triggered, this, &EditController::setWriteMode);
    createAction_ =
        editMenu->addAction(tr("&Create file…"), this, [this] { showDialog(createFileDialog()); });
    mkdirAction_ =
        editMenu->addAction(tr("New &directory…"), this, [this] { showDialog(mkdirDialog()); });
    importFilesAction_ =
        editMenu->addAction(tr("&Import files…"), this, [this] { importWithDialog(false); });
    importFolderAction_ =
        editMenu->addAction(tr("Import f&older…"), this, [this] { importWithDialog(true); });
    editMenu->addSeparator();
    undoAction_ = editMenu->addAction(tr("&Undo last write session…"), this,
                                      &EditController::undoWithConfirmation);
    undoAction_->setObjectName(QStringLiteral("undoAction"));
    repairAction_ = editMenu->addAction(tr("&Repair…"), this, [this] {
        if (RepairDialog* d = repairDialog())
            showDialog(d);
    });
    repairAction_->setObjectName(QStringLiteral("repairAction"));
    if (auto* fsck = window_->findChild<FsckPanel*>())
        connect(fsck, &FsckPanel::repairRequested, repairAction_, &QAction::trigger);

    auto* toggle = new QToolButton(window_);
    toggle->setObjectName(QStringLiteral("writeModeButton"));
    toggle->setDefaultAction(writeAction_);
    toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    window_->statusBar()->addPermanentWidget(toggle);
}

bool EditController::setWriteMode(bool on) {
    if (!on) {
        writeMode_->disable();
        updateState();
        return true;
    }
    const auto snapshot = document_->snapshot();
    if (!writeMode_->enable(snapshot ? snapshot->target : QString(),
                            snapshot && snapshot->isDemo())) {
        refusal_->setText(tr("Write mode refused — %1").arg(writeMode_->lastError()));
        refusal_->show();
        updateState();
        return false;
    }
    refusal_->hide();
    updateState();
    return true;
}

QString EditController::decorateTitle(const QString& title) const {
    return writeMode_->isOn() ? tr("[WRITE MODE] %1").arg(title) : title;
}

void EditController::updateState() {
    const bool on = writeMode_->isOn();
    const bool idle = !import_->isRunning();
    writeAction_->setChecked(on);
    writeAction_->setEnabled(idle);
    for (QAction* a : {createAction_, mkdirAction_, importFilesAction_, importFolderAction_})
        a->setEnabled(on && idle);
    undoAction_->setEnabled(undo_->canUndo() && idle);
    const auto snapshot = document_->snapshot();
    repairAction_->setEnabled(idle && snapshot && snapshot->opened && !snapshot->isDemo());
    writeText_->setText(tr("WRITE MODE — changes are written to %1").arg(writeMode_->target()));
    writeBar_->setVisible(on);
}

void EditController::documentLoaded() {
    // Opening another target ends write mode on the previous one.
    const auto snapshot = document_->snapshot();
    if (!writeMode_->isOn())
        refusal_->hide(); // it was about the target shown before
    if (writeMode_->isOn() && (!snapshot || snapshot->target != writeMode_->target())) {
        writeMode_->disable();
        window_->statusBar()->showMessage(tr("Write mode ended: another target was opened."), 8000);
    }
    updateState();
}

QString EditController::currentDirectory() const {
    const std::string path = pathBytes(selection_->currentPath());
    const edit::EditSession* session = writeMode_->session();
    if (path.empty() || !session)
        return {};
    if (session->isDir(path))
        return shownText(path);
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? QString() : shownText(path.substr(0, slash));
}

void EditController::showDialog(QWidget* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

CreateFileDialog* EditController::createFileDialog() {
    auto* d = new CreateFileDialog(writeMode_, currentDirectory(), window_);
    connect(d, &CreateFileDialog::previewChanged, heatmap_, &HeatmapPanel::showPreview);
    return d;
}

MkdirDialog* EditController::mkdirDialog() {
    return new MkdirDialog(writeMode_, currentDirectory(), window_);
}

NewImageDialog* EditController::newImageDialog() {
    auto* d = new NewImageDialog(mkfsBase(writeMode_->options()), window_);
    connect(d, &NewImageDialog::formatted, this, &EditController::imageFormatted);
    return d;
}

MkfsDeviceDialog* EditController::mkfsDeviceDialog() {
    auto* d = new MkfsDeviceDialog(mkfsBase(writeMode_->options()), window_);
    connect(d, &MkfsDeviceDialog::formatted, this, &EditController::imageFormatted);
    return d;
}

RepairDialog* EditController::repairDialog() {
    const auto snapshot = document_->snapshot();
    if (!snapshot || !snapshot->opened || snapshot->isDemo())
        return nullptr;
    const QString target = snapshot->target;
    RepairSettings settings;
    settings.systemUuidPath = writeMode_->options().systemUuidPath;
    settings.mountInfoPath = writeMode_->options().mountInfoPath;
    auto* d = new RepairDialog(target, settings, window_);
    // The repair takes the target's write lock itself: a write-mode session must let go.
    connect(d, &RepairDialog::aboutToWrite, this, [this] { setWriteMode(false); });
    connect(d, &RepairDialog::repaired, this, [this, target](const QString& backup) {
        writeMode_->rememberBackup(backup, target);
        document_->reload(); // every view, the fsck tab included, reads it again
        updateState();
    });
    connect(d, &RepairDialog::undone, this, [this] {
        writeMode_->forgetBackup();
        document_->reload();
        updateState();
    });
    return d;
}

void EditController::importWithDialog(bool folder) {
    if (!writeMode_->isOn())
        return;
    QStringList sources;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(window_, tr("Import folder"));
        if (!dir.isEmpty())
            sources << dir;
    } else {
        sources = QFileDialog::getOpenFileNames(window_, tr("Import files"));
    }
    if (import_->start(sources, currentDirectory()))
        updateState();
}

void EditController::undoWithConfirmation() {
    if (!undo_->undo() && !undo_->error().isEmpty())
        QMessageBox::warning(window_, tr("Undo last write session"), undo_->error());
    updateState();
}

} // namespace famscope::ui
