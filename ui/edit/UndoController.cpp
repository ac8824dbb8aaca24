#include "ui/edit/UndoController.h"

#include "core/edit/Restore.h"
#include "ui/document/Document.h"
#include "ui/edit/WriteMode.h"

namespace famscope::ui {

UndoController::UndoController(WriteMode* writeMode, Document* document, Confirm confirm,
                               QObject* parent)
    : QObject(parent), writeMode_(writeMode), document_(document), confirm_(std::move(confirm)) {}

bool UndoController::canUndo() const {
    return !writeMode_->lastBackup().isEmpty();
}

bool UndoController::undo() {
    error_.clear();
    const QString backup = writeMode_->lastBackup();
    // While the session is open its own target is the one written; after it, the recorded one.
    const QString target =
        writeMode_->isOn() ? writeMode_->target() : writeMode_->lastBackupTarget();
    if (backup.isEmpty()) {
        error_ = tr("No write session has written anything yet.");
        return false;
    }
    if (confirm_ &&
        !confirm_(tr("Undo the last write session on %1?\n\nIts superblock and log are restored "
                     "from the backup %2 taken before its first write; write mode ends.")
                      .arg(target, backup)))
        return false;
    writeMode_->disable();
    const std::string mountInfo = writeMode_->options().mountInfoPath;
    auto r = edit::restoreMetadata(backup.toStdString(), target.toStdString(), false, mountInfo);
    if (!r) {
        error_ = QString::fromStdString(r.error());
        return false;
    }
    writeMode_->forgetBackup();
    document_->reload();
    emit undone(target);
    return true;
}

} // namespace famscope::ui
