#include "ui/repair/PendingRepairBanner.h"

#include "core/edit/Restore.h"
#include "core/repair/RepairRun.h"
#include "core/report/PendingRepairOutput.h"
#include "ui/document/Document.h"
#include "ui/util/ShownText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace famscope::ui {

PendingRepairBanner::PendingRepairBanner(Document* document,
                                         std::function<PendingRepairSettings()> settings,
                                         QWidget* parent)
    : QFrame(parent), document_(document), settings_(std::move(settings)), label_(new QLabel(this)),
      finish_(new QPushButton(tr("Finish repair"), this)),
      undo_(new QPushButton(tr("Undo (restore backup)"), this)) {
    setObjectName(QStringLiteral("pendingRepairBanner"));
    // The damaged-media amber: the target is shown, but perhaps not as it will stay.
    setStyleSheet(QStringLiteral("#pendingRepairBanner { background: #f5b041; } "
                                 "#pendingRepairBanner QLabel { color: black; }"));
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    finish_->setObjectName(QStringLiteral("pendingRepairFinish"));
    undo_->setObjectName(QStringLiteral("pendingRepairUndo"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(label_, 1);
    layout->addWidget(finish_);
    layout->addWidget(undo_);
    connect(finish_, &QPushButton::clicked, this, &PendingRepairBanner::finishRepair);
    connect(undo_, &QPushButton::clicked, this, &PendingRepairBanner::undoRepair);
    connect(document_, &Document::loaded, this, &PendingRepairBanner::update);
    hide();
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
        label_->setText(
            tr("An interrupted repair may be pending, but its intent file cannot be read: %1. "
               "The views may show the metadata mid-repair. Put back the metadata backup the "
               "repair took with famscope restore BACKUP TARGET.")
                .arg(shownText(pending_->unreadable)));
    } else {
        label_->setText(tr("An interrupted repair is pending (started %1, %n store(s)): the "
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

QString PendingRepairBanner::text() const {
    return label_->text();
}

void PendingRepairBanner::showFailure(const QString& what, const std::string& error) {
    label_->setText(label_->text() + QLatin1Char('\n') + what.arg(shownText(error)));
}

bool PendingRepairBanner::finishRepair() {
    if (!pending_ || pending_->damaged())
        return false;
    emit aboutToWrite();
    const PendingRepairSettings s = settings_();
    repair::RunOptions options;
    options.systemUuidPath = s.systemUuidPath;
    options.mountInfoPath = s.mountInfoPath;
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
                                          settings_().mountInfoPath);
    if (!restored) {
        showFailure(tr("Putting the backup back failed: %1"), restored.error());
        return false;
    }
    emit undone();
    return true;
}

} // namespace famscope::ui
