#include "ui/repair/RepairDialog.h"

#include "core/edit/Restore.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"
#include "core/repair/RepairRun.h"
#include "ui/edit/DialogFooter.h"
#include "ui/repair/UnitChangeStrip.h"
#include "ui/util/ShownText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace famscope::ui {

namespace {

using repair::ActionKind;
using repair::RepairAction;

// The same columns as `famscope repair --dry-run` (the entries column is repair::entriesText).
QString unitsText(const RepairAction& a) {
    if (a.unitsFreed)
        return RepairDialog::tr("freed %1").arg(a.unitsFreed);
    if (a.unitsKept)
        return RepairDialog::tr("kept %1").arg(a.unitsKept);
    return QStringLiteral("-");
}

QTreeWidget* makeTree(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->header()->setStretchLastSection(true);
    return t;
}

QWidget* legend(QWidget* parent) {
    auto* w = new QWidget(parent);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    const std::pair<repair::UnitChange, QString> keys[] = {
        {repair::UnitChange::Kept, RepairDialog::tr("kept")},
        {repair::UnitChange::Freed, RepairDialog::tr("freed")},
        {repair::UnitChange::Recovered, RepairDialog::tr("recovered")},
        {repair::UnitChange::Metadata, RepairDialog::tr("superblock and log")},
        {repair::UnitChange::Free, RepairDialog::tr("free")}};
    for (const auto& [change, text] : keys) {
        auto* swatch = new QLabel(w);
        swatch->setFixedSize(12, 12);
        swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid gray;")
                                  .arg(UnitChangeStrip::colour(change).name()));
        l->addWidget(swatch);
        l->addWidget(new QLabel(text, w));
    }
    l->addStretch(1);
    return w;
}

} // namespace

RepairDialog::RepairDialog(const QString& target, RepairSettings settings, QWidget* parent)
    : QDialog(parent), target_(target), settings_(std::move(settings)) {
    setObjectName(QStringLiteral("repairDialog"));
    setWindowTitle(tr("Repair %1").arg(target));
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("repairSummary"));
    summary_->setWordWrap(true);
    recover_ = new QCheckBox(tr("Re&cover the intact entries behind a damaged one (renumbered) "
                                "instead of ending the log there"),
                             this);
    recover_->setObjectName(QStringLiteral("repairRecover"));
    parents_ = new QCheckBox(
        tr("Log a missing &parent directory instead of dropping the entry that needs it"), this);
    parents_->setObjectName(QStringLiteral("repairCreateParents"));
    connect(recover_, &QCheckBox::toggled, this, &RepairDialog::replan);
    connect(parents_, &QCheckBox::toggled, this, &RepairDialog::replan);

    checklist_ = makeTree(this, QStringLiteral("repairChecklist"),
                          {tr("Action"), tr("Code"), tr("Entries"), tr("Units"), tr("What")});
    crossLinks_ = makeTree(this, QStringLiteral("repairCrossLinks"),
                           {tr("Files claiming the same units"), tr("Units"), tr("Choice")});
    namespaceText_ = new QLabel(this);
    namespaceText_->setObjectName(QStringLiteral("repairNamespaceText"));
    namespaceDiff_ = makeTree(this, QStringLiteral("repairNamespace"), {tr("File"), tr("After")});
    namespaceDiff_->setRootIsDecorated(true);
    unitsText_ = new QLabel(this);
    unitsText_->setObjectName(QStringLiteral("repairUnitsText"));
    strip_ = new UnitChangeStrip(this);
    strip_->setObjectName(QStringLiteral("repairUnitStrip"));
    // Named for screen readers with the titles the dialog already shows.
    checklist_->setAccessibleName(tr("Plan"));
    crossLinks_->setAccessibleName(tr("Files claiming the same units"));
    namespaceDiff_->setAccessibleName(tr("Before and after"));
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("repairProgress"));
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("repairStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    confirm_ = buttons->addButton(tr("&Repair"), QDialogButtonBox::AcceptRole);
    confirm_->setObjectName(QStringLiteral("repairConfirm"));
    undo_ = buttons->addButton(tr("&Undo repair"), QDialogButtonBox::ActionRole);
    undo_->setObjectName(QStringLiteral("repairUndo"));
    undo_->setEnabled(false);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    // Repair and Undo keep the dialog open (the buttons' roles are not connected to accept()):
    // the result and Undo stay in view.
    connect(confirm_, &QPushButton::clicked, this, [this] { applyRepair(); });
    connect(undo_, &QPushButton::clicked, this, [this] { undoRepair(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    // The ticks are the plan's, not choices: an action follows from the fsck findings and the
    // options (dropping one entry can decide what the entries behind it become), so the rows
    // change only through the options and the cross-link choices.
    const QString checklistHint =
        tr("Ticked actions are written, unticked ones only reported. To change the plan, use the "
           "options above and the choices for cross-linked files.");
    checklist_->setToolTip(checklistHint);
    auto* hint = new QLabel(checklistHint, this);
    hint->setObjectName(QStringLiteral("repairChecklistHint"));
    hint->setWordWrap(true);
    auto* planBox = new QGroupBox(tr("Plan"), this);
    auto* planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(hint);
    planLayout->addWidget(checklist_, 2);
    planLayout->addWidget(crossLinks_, 1);
    auto* afterBox = new QGroupBox(tr("Before and after"), this);
    auto* afterLayout = new QVBoxLayout(afterBox);
    afterLayout->addWidget(namespaceText_);
    afterLayout->addWidget(namespaceDiff_, 1);
    afterLayout->addWidget(unitsText_);
    afterLayout->addWidget(strip_);
    afterLayout->addWidget(legend(afterBox));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(recover_);
    layout->addWidget(parents_);
    layout->addWidget(planBox, 1);
    layout->addWidget(afterBox, 1);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    resize(900, 720);
    replan();
}

RepairDialog::~RepairDialog() = default;

repair::RepairOptions RepairDialog::options() const {
    repair::RepairOptions o;
    o.recover = recover_->isChecked();
    o.createParents = parents_->isChecked();
    o.dropEntries = dropEntries_;
    o.fsckOptions.systemUuidFile = settings_.systemUuidPath;
    return o;
}

void RepairDialog::replan() {
    fs_.reset();
    plan_ = {};
    preview_ = {};
    auto media = media::openMedia(target_.toStdString(), media::Access::ReadOnly);
    std::string error = media ? std::string() : media.error();
    if (media) {
        auto loaded = fs::loadFileSystem(**media);
        if (loaded)
            fs_ = std::move(*loaded);
        else
            error = loaded.error();
    }
    if (!fs_) {
        summary_->setText(tr("Cannot read %1: %2").arg(target_, shownText(error)));
        showPlan();
        return;
    }
    const fsck::FsckReport report = fsck::runFsck(*fs_, options().fsckOptions);
    plan_ = repair::planRepair(*fs_, report, options());
    // The cross-linked pairs as they are without any choice, so a choice can be taken back.
    repair::RepairOptions unchosen = options();
    unchosen.dropEntries.clear();
    showCrossLinks(dropEntries_.empty() ? plan_ : repair::planRepair(*fs_, report, unchosen));
    if (plan_.feasible())
        preview_ = repair::previewRepair(*fs_, plan_);
    showPlan();
    showPreview();
}

void RepairDialog::showPlan() {
    checklist_->clear();
    const bool writes = fs_ && plan_.changesMedia();
    confirm_->setEnabled(writes);
    if (!fs_)
        return;
    if (!plan_.feasible()) {
        QStringList why;
        for (const std::string& r : plan_.refusals)
            why << shownText(r);
        summary_->setText(tr("Cannot repair %1: %2").arg(target_, why.join(QStringLiteral("; "))));
    } else if (!writes) {
        summary_->setText(tr("Nothing to repair on %1.").arg(target_));
    } else {
        summary_->setText(
            tr("Repair plan for %1: log of %2 entries → %3, %4, %5 allocation units freed.")
                .arg(target_)
                .arg(fs_->log.nextIndex)
                .arg(plan_.entries.size())
                .arg(plan_.writesEntries()
                         ? tr("slots %1 onward rewritten").arg(plan_.firstChangedSlot)
                         : tr("no entry rewritten"))
                .arg(plan_.unitsFreed));
    }
    for (const RepairAction& a : plan_.actions) {
        auto* item = new QTreeWidgetItem(checklist_);
        item->setText(ActionColumn, QString::fromLatin1(repair::actionName(a.kind)));
        item->setText(CodeColumn, QString::fromStdString(a.code));
        item->setText(EntriesColumn, QString::fromStdString(repair::entriesText(a)));
        item->setText(UnitsColumn, unitsText(a));
        item->setText(TextColumn, shownText(a.text));
        item->setToolTip(TextColumn, shownText(a.text));
        // Ticked: the repair does it. Unticked: reported, left as it is.
        item->setCheckState(ActionColumn,
                            repair::changesMedia(a.kind) ? Qt::Checked : Qt::Unchecked);
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
    }
    for (int c = 0; c < TextColumn; ++c)
        checklist_->resizeColumnToContents(c);
}

void RepairDialog::showCrossLinks(const repair::RepairPlan& unchosen) {
    crossLinks_->clear();
    for (const RepairAction& a : unchosen.actions) {
        if (a.kind != ActionKind::KeepCrossLinked || a.entryIndexes.size() != 2 || !fs_)
            continue;
        const uint64_t first = a.entryIndexes[0];
        const uint64_t second = a.entryIndexes[1];
        if (first >= fs_->entries.size() || second >= fs_->entries.size())
            continue;
        auto owner = [&](uint64_t slot) {
            return tr("\"%1\" (entry %2)").arg(shownText(fs_->entries[slot].path())).arg(slot);
        };
        auto* item = new QTreeWidgetItem(crossLinks_);
        item->setText(0, tr("%1 and %2").arg(owner(first), owner(second)));
        item->setText(1, QString::number(a.unitsKept));
        auto* choice = new QComboBox(crossLinks_);
        choice->setObjectName(QStringLiteral("crossLinkChoice"));
        choice->setAccessibleName(tr("Choice"));
        choice->addItem(tr("Keep both"));
        choice->addItem(tr("Keep %1, drop %2").arg(owner(first), owner(second)));
        choice->addItem(tr("Keep %1, drop %2").arg(owner(second), owner(first)));
        choice->setCurrentIndex(dropEntries_.count(second) ? 1 : dropEntries_.count(first) ? 2 : 0);
        crossLinks_->setItemWidget(item, 2, choice);
        connect(choice, &QComboBox::currentIndexChanged, this, [this, first, second](int index) {
            dropEntries_.erase(first);
            dropEntries_.erase(second);
            if (index == 1)
                dropEntries_.insert(second);
            else if (index == 2)
                dropEntries_.insert(first);
            // Replanning rebuilds this list, and with it the combo box sending this signal.
            QMetaObject::invokeMethod(this, &RepairDialog::replan, Qt::QueuedConnection);
        });
    }
    crossLinks_->resizeColumnToContents(0);
    crossLinks_->setVisible(crossLinks_->topLevelItemCount() > 0);
}

void RepairDialog::showPreview() {
    namespaceDiff_->clear();
    auto group = [&](const QString& title, const std::vector<std::string>& paths,
                     const QString& after) {
        auto* top = new QTreeWidgetItem(namespaceDiff_, {title.arg(paths.size())});
        for (const std::string& p : paths)
            new QTreeWidgetItem(top, {shownText(p), after});
        top->setExpanded(true);
    };
    group(tr("Files dropped (%1)"), preview_.droppedFiles, tr("gone"));
    group(tr("Files recovered (%1)"), preview_.recoveredFiles, tr("visible again"));
    namespaceDiff_->resizeColumnToContents(0);
    namespaceText_->setText(tr("Files a mount shows: %1 before, %2 after.")
                                .arg(preview_.filesBefore)
                                .arg(preview_.filesAfter));
    unitsText_->setText(tr("Allocation units owned by files: %1 before, %2 after (%3 freed, %4 "
                           "owned by recovered files).")
                            .arg(preview_.unitsBefore)
                            .arg(preview_.unitsAfter)
                            .arg(preview_.unitsFreed)
                            .arg(preview_.unitsRecovered));
    strip_->setPreview(preview_);
}

bool RepairDialog::applyRepair() {
    if (!fs_ || !plan_.changesMedia())
        return false;
    emit aboutToWrite();
    repair::RunOptions ro;
    ro.plan = options();
    ro.systemUuidPath = settings_.systemUuidPath;
    ro.mountInfoPath = settings_.mountInfoPath;
    ro.backupPath = settings_.backupPath;
    const repair::RepairPlan shown = plan_;
    // runRepair plans again under the write lock: write only if that is the plan shown.
    ro.confirm = [&shown](const repair::RepairPlan& locked) {
        return repair::samePlan(shown, locked);
    };
    ro.progress = [this](int permille, const std::string& stage) {
        progress_->setValue(permille);
        progress_->setFormat(QString::fromStdString(stage) + QStringLiteral(" %p%"));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    confirm_->setEnabled(false);
    const auto run = repair::runRepair(target_.toStdString(), ro);
    if (!run) {
        showDialogMessage(status_, tr("Not repaired: %1").arg(shownText(run.error())), true);
        replan();
        return false;
    }
    const repair::RunOutcome& out = *run;
    if (out.cancelled) {
        showDialogMessage(
            status_,
            tr("The media changed since the plan was made; nothing written. Here is the "
               "plan for it now."),
            true);
        replan();
        return false;
    }
    if (!out.written) {
        replan();
        return false;
    }
    backup_ = QString::fromStdString(out.backupFile);
    showDialogMessage(
        status_,
        tr("Repaired: %1 entries written. Metadata backup: %2 (Undo repair, or famscope "
           "restore, puts it back).")
            .arg(out.entriesWritten)
            .arg(backup_),
        false);
    undo_->setEnabled(true);
    emit repaired(backup_);
    replan();
    return true;
}

bool RepairDialog::undoRepair() {
    if (backup_.isEmpty())
        return false;
    emit aboutToWrite();
    auto r = edit::restoreMetadata(backup_.toStdString(), target_.toStdString(), false,
                                   settings_.mountInfoPath);
    if (!r) {
        showDialogMessage(status_, tr("Undo failed: %1").arg(shownText(r.error())), true);
        return false;
    }
    showDialogMessage(
        status_, tr("Undone: the metadata is back as it was before the repair (%1).").arg(backup_),
        false);
    backup_.clear();
    undo_->setEnabled(false);
    progress_->setValue(0);
    emit undone();
    replan();
    return true;
}

} // namespace famscope::ui
