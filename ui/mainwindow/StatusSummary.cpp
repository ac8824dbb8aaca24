#include "ui/mainwindow/StatusSummary.h"

#include "ui/util/Format.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace famscope::ui {

StatusSummary::StatusSummary(QStatusBar* bar)
    : QObject(bar), target_(new QLabel(bar)), size_(new QLabel(bar)), role_(new QLabel(bar)),
      log_(new QLabel(bar)), stage_(new QLabel(bar)), progress_(new QProgressBar(bar)),
      cancel_(new QPushButton(tr("Cancel"), bar)) {
    target_->setObjectName(QStringLiteral("statusTarget"));
    log_->setObjectName(QStringLiteral("statusLog"));
    bar->addWidget(target_, 1);
    bar->addPermanentWidget(stage_);
    bar->addPermanentWidget(progress_);
    bar->addPermanentWidget(cancel_);
    bar->addPermanentWidget(size_);
    bar->addPermanentWidget(role_);
    bar->addPermanentWidget(log_);
    progress_->setMaximumWidth(160);
    connect(cancel_, &QPushButton::clicked, this, &StatusSummary::cancelRequested);
    hideProgress();
    showSnapshot(nullptr);
}

void StatusSummary::showSnapshot(const Snapshot* snapshot) {
    if (!snapshot) {
        target_->setText(tr("No target open: File ▸ Open image, or Help ▸ Open demo"));
        size_->clear();
        role_->clear();
        log_->clear();
        return;
    }
    const fs::LoadedFs& lfs = snapshot->fs();
    target_->setText(tr("Target: %1").arg(snapshot->target));
    size_->setText(tr("Size: %1").arg(formatSize(lfs.mediaSize)));
    role_->setText(tr("Role: %1").arg(snapshot->role));
    log_->setText(
        tr("Log: %1 / %n entries", nullptr, countForTr(lfs.logCapacity())).arg(lfs.entries.size()));
}

void StatusSummary::showLoading(const QString& what) {
    stage_->setText(tr("Loading %1…").arg(what));
    progress_->setRange(0, 0);
    stage_->show();
    progress_->show();
    cancel_->show();
}

void StatusSummary::showProgress(int value, int maximum, const QString& stage) {
    progress_->setRange(0, maximum);
    progress_->setValue(value);
    if (!stage.isEmpty())
        stage_->setText(stage);
}

void StatusSummary::hideProgress() {
    stage_->hide();
    progress_->hide();
    cancel_->hide();
}

} // namespace famscope::ui
