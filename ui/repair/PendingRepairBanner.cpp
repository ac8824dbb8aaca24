#include "ui/repair/PendingRepairBanner.h"

#include "core/edit/Restore.h"
#include "core/repair/RepairRun.h"
#include "core/report/PendingRepairOutput.h"
#include "ui/document/Document.h"
#include "ui/edit/WriteMode.h"
#include "ui/util/ShownText.h"

#include <QPushButton>

namespace famscope::ui {

PendingRepairBanner::PendingRepairBanner(Document* document, WriteMode* writeMode, QWidget* parent)
    : Banner(QStringLiteral("pendingRepairBanner"), false, parent), document_(document),
      writeMode_(writeMode),
      finish_(addButton(tr("Finish repair"), QStringLiteral("pendingRepairFinish"))),
      undo_(addButton(tr("Undo (restore backup)"), QStringLiteral("pendingRepairUndo"))) {
    connect(finish_, &QPushButton::clicked, this, &PendingRepairBanner::finishRepair);
    connect(undo_, &QPushButton::clicked, this, &PendingRepairBanner::undoRepair);
    connect(document_, &Document::loaded, this, &PendingRepairBanner::update);
}

void PendingRepairBanner::update() {
    const auto snapshot = document_->snapshot();
    pending_ =
        snapshot && snapshot->opened ? repair::findPendingRepair(snapshot->media()) : std::nullopt;
    if (!pending_) {
        hide();
        return;
    }
    target_ = snapshot->target;
    if (pending_->damaged()) {
        // Without the intent neither finishing nor the backup's name is known.
        setText(tr("An interrupted repair may be pending, but its intent file cannot be read: %1. "
                   "The views may show the metadata mid-repair. Put back the metadata backup the "
                   "repair took with famscope restore BACKUP TARGET.")
                    .arg(shownText(pending_->unreadable)));
    } else {
        setText(tr("An interrupted repair is pending (started %1, %n store(s)): the "
                   "views may show the metadata mid-repair. Finish the repair, or undo "
                   "it by putting back the backup it took (%2).",
                   nullptr, static_cast<int>(pending_->stores))
                    .arg(QString::fromStdString(report::pendingRepairStarted(*pending_)),
                         shownText(pending_->backupFile)));
    }
    finish_->setEnabled(!pending_->damaged());
    undo_->setEnabled(!pending_->damaged());
    show();
}

void PendingRepairBanner::showFailure(const QString& what, const std::string& error) {
    setText(text() + QLatin1Char('\n') + what.arg(shownText(error)));
}

bool PendingRepairBanner::finishRepair() {
    if (!pending_ || pending_->damaged())
        return false;
    emit aboutToWrite();
    repair::RunOptions options;
    options.systemUuidPath = writeMode_->options().systemUuidPath;
    options.mountInfoPath = writeMode_->options().mountInfoPath;
    options.intentPath = pending_->intentFile;
    const auto out = repair::finishPendingRepair(target_.toStdString(), options);
    if (!out) {
        showFailure(tr("Finishing the repair failed: %1"), out.error());
        return false;
    }
    emit finished(QString::fromStdString(out->finishedBackup));
    return true;
}

bool PendingRepairBanner::undoRepair() {
    if (!pending_ || pending_->damaged())
        return false;
    emit aboutToWrite();
    auto restored = edit::restoreMetadata(pending_->backupFile, target_.toStdString(), false,
                                          writeMode_->options().mountInfoPath);
    if (!restored) {
        showFailure(tr("Putting the backup back failed: %1"), restored.error());
        return false;
    }
    emit undone();
    return true;
}

} // namespace famscope::ui
