#include "ui/fsck/FsckPanel.h"

#include "core/fsck/Fsck.h"
#include "core/repair/PendingRepair.h"
#include "ui/fsck/FsckReportExport.h"
#include "ui/util/ShownText.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace famscope::ui {

namespace {

QList<QStandardItem*> groupRow(const QString& title) {
    auto* item = new QStandardItem(title);
    item->setEditable(false);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    QList<QStandardItem*> row{item};
    for (int c = 1; c < FsckPanel::ColumnCount; ++c) {
        auto* empty = new QStandardItem;
        empty->setEditable(false);
        row << empty;
    }
    return row;
}

QColor severityColour(fsck::Severity s) {
    switch (s) {
    case fsck::Severity::Error:
        return QColor(0xc0, 0x39, 0x2b);
    case fsck::Severity::Warning:
        return QColor(0xb9, 0x77, 0x0e);
    case fsck::Severity::Info:
        break;
    }
    return QColor(0x28, 0x74, 0xa6);
}

} // namespace

FsckPanel::FsckPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("fsckPanel"));
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("fsckSummary"));
    summary_->setWordWrap(true);
    rerun_ = new QPushButton(tr("&Rerun"), this);
    exportJson_ = new QPushButton(tr("Export &JSON…"), this);
    exportHtml_ = new QPushButton(tr("Export &HTML…"), this);
    repair_ = new QPushButton(tr("Re&pair…"), this);
    repair_->setObjectName(QStringLiteral("fsckRepairButton"));
    repair_->setToolTip(tr("Plan a repair of what this check found, preview it, and write it"));
    connect(repair_, &QPushButton::clicked, this, &FsckPanel::repairRequested);
    connect(rerun_, &QPushButton::clicked, this, &FsckPanel::rerun);
    connect(exportJson_, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(exportHtml_, &QPushButton::clicked, this, [this] { chooseExport(true); });

    model_ = new QStandardItemModel(this);
    model_->setHorizontalHeaderLabels({tr("Code"), tr("Message"), tr("Location")});
    view_ = new QTreeView(this);
    view_->setObjectName(QStringLiteral("fsckTree"));
    view_->setModel(model_);
    view_->setUniformRowHeights(true);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->header()->setStretchLastSection(true);
    view_->setToolTip(tr("Double-click a finding to show where it is."));
    connect(view_, &QTreeView::activated, this, &FsckPanel::activate);
    connect(&watcher_, &QFutureWatcherBase::finished, this, &FsckPanel::finished);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(summary_, 1);
    buttons->addWidget(rerun_);
    buttons->addWidget(exportJson_);
    buttons->addWidget(exportHtml_);
    buttons->addWidget(repair_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(view_, 1);
    setSnapshot(nullptr);
}

FsckPanel::~FsckPanel() {
    watcher_.waitForFinished();
}

void FsckPanel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    rerun();
}

void FsckPanel::rerun() {
    hasReport_ = false;
    report_ = {};
    model_->removeRows(0, model_->rowCount());
    rerun_->setEnabled(false);
    exportJson_->setEnabled(false);
    exportHtml_->setEnabled(false);
    repair_->setEnabled(snapshot_ && snapshot_->opened && !snapshot_->isDemo());
    if (!snapshot_ || !snapshot_->opened) {
        summary_->setText(tr("No file system open."));
        return;
    }
    summary_->setText(tr("Checking…"));
    if (watcher_.isRunning())
        return; // finished() sees that the check is for an older snapshot and starts again
    jobSnapshot_ = snapshot_;
    const std::shared_ptr<const Snapshot> snapshot = snapshot_;
    watcher_.setFuture(QtConcurrent::run([snapshot] { // an interrupted repair is a finding too
        return fsck::runFsck(snapshot->fs(), {}, repair::intentFileOf(snapshot->media()));
    }));
}

void FsckPanel::waitForFinished() {
    while (!hasReport_ && snapshot_ && snapshot_->opened) {
        watcher_.waitForFinished();
        if (watcher_.future().resultCount() == 0)
            return; // nothing running
        finished(); // the finished signal is queued; deliver the result now
    }
}

void FsckPanel::finished() {
    if (hasReport_ || watcher_.isRunning() || watcher_.future().resultCount() == 0)
        return;
    if (jobSnapshot_ != snapshot_ || !snapshot_) { // a newer target (or none) meanwhile
        jobSnapshot_.reset();
        watcher_.setFuture(QFuture<fsck::FsckReport>());
        rerun();
        return;
    }
    report_ = watcher_.result();
    hasReport_ = true;
    rerun_->setEnabled(true);
    exportJson_->setEnabled(true);
    exportHtml_->setEnabled(true);
    summary_->setText(tr("Errors: %1, warnings: %2, notes: %3")
                          .arg(report_.counts.errors)
                          .arg(report_.counts.warnings)
                          .arg(report_.counts.infos));
    rebuildTree();
}

QString FsckPanel::severityTitle(fsck::Severity severity) {
    switch (severity) {
    case fsck::Severity::Error:
        return tr("Errors");
    case fsck::Severity::Warning:
        return tr("Warnings");
    case fsck::Severity::Info:
        break;
    }
    return tr("Notes");
}

QString FsckPanel::categoryName(fsck::Location::Area area) {
    using Area = fsck::Location::Area;
    switch (area) {
    case Area::Device:
        return tr("Device");
    case Area::Superblock:
        return tr("Superblock");
    case Area::LogHeader:
        return tr("Log header");
    case Area::Entry:
        return tr("Log entries");
    case Area::Allocation:
        break;
    }
    return tr("Allocation");
}

void FsckPanel::rebuildTree() {
    model_->removeRows(0, model_->rowCount());
    for (const auto& [severity, areas] : fsck::groupFindings(report_.findings)) {
        size_t total = 0;
        for (const auto& [area, list] : areas)
            total += list.size();
        QList<QStandardItem*> severityRow =
            groupRow(tr("%1 (%2)").arg(severityTitle(severity)).arg(total));
        severityRow.first()->setForeground(severityColour(severity));
        for (const auto& [area, list] : areas) {
            QList<QStandardItem*> areaRow =
                groupRow(tr("%1 (%2)").arg(categoryName(area)).arg(list.size()));
            for (size_t i : list)
                areaRow.first()->appendRow(findingRow(static_cast<int>(i), -1));
            severityRow.first()->appendRow(areaRow);
        }
        model_->appendRow(severityRow);
    }
    if (report_.findings.empty())
        model_->appendRow(groupRow(tr("No problems found.")));
    // Severities and categories open; a group of damaged entries stays one line until expanded.
    for (int s = 0; s < model_->rowCount(); ++s) {
        const QModelIndex severity = model_->index(s, 0);
        view_->expand(severity);
        for (int a = 0; a < model_->rowCount(severity); ++a)
            view_->expand(model_->index(a, 0, severity));
    }
    view_->resizeColumnToContents(CodeColumn);
    view_->setColumnWidth(MessageColumn, std::max(420, view_->viewport()->width() * 3 / 5));
}

// One finding's row (`member` < 0), or a member's row of group `finding`; a group's row holds
// its members' rows, and a row saying how many were not listed.
QList<QStandardItem*> FsckPanel::findingRow(int finding, int member) const {
    const fsck::Finding& group = report_.findings[static_cast<size_t>(finding)];
    const fsck::Finding& f = member < 0 ? group : group.members[static_cast<size_t>(member)];
    QList<QStandardItem*> row{new QStandardItem(QString::fromStdString(f.code)),
                              new QStandardItem(shownText(f.message)),
                              new QStandardItem(shownText(f.where()))};
    for (QStandardItem* item : row) {
        item->setEditable(false);
        item->setData(finding, kFindingRole);
        if (member >= 0)
            item->setData(member, kMemberRole);
        item->setToolTip(shownText(f.message));
    }
    row.first()->setForeground(severityColour(f.severity));
    if (member >= 0 || !f.isGroup())
        return row;
    for (size_t m = 0; m < f.members.size(); ++m)
        row.first()->appendRow(findingRow(finding, static_cast<int>(m)));
    if (const uint64_t rest = f.membersNotListed())
        row.first()->appendRow(groupRow(
            tr("… and %1 more entries of this group, not listed (a group lists its first %2)")
                .arg(rest)
                .arg(fsck::Finding::kMaxMembersListed)));
    return row;
}

const fsck::Finding* FsckPanel::findingAt(const QModelIndex& index) const {
    const QModelIndex code = index.siblingAtColumn(CodeColumn);
    const QVariant v = code.data(kFindingRole);
    if (!v.isValid() || !hasReport_)
        return nullptr;
    const int i = v.toInt();
    if (i < 0 || static_cast<size_t>(i) >= report_.findings.size())
        return nullptr;
    const fsck::Finding& f = report_.findings[static_cast<size_t>(i)];
    const QVariant member = code.data(kMemberRole);
    if (!member.isValid())
        return &f;
    const int m = member.toInt();
    if (m < 0 || static_cast<size_t>(m) >= f.members.size())
        return nullptr;
    return &f.members[static_cast<size_t>(m)];
}

void FsckPanel::activate(const QModelIndex& index) {
    const fsck::Finding* f = findingAt(index);
    if (!f)
        return;
    using Area = fsck::Location::Area;
    const fsck::Location& l = f->location;
    if ((l.area == Area::Superblock || l.area == Area::LogHeader) && !l.field.empty()) {
        emit superblockFieldRequested(QString::fromStdString(l.field), l.offset.value_or(0));
    } else if (l.firstAu) {
        emit unitsRequested(*l.firstAu, l.auCount);
        if (report_.allocUnit > 0)
            emit showBytes(*l.firstAu * report_.allocUnit, l.auCount * report_.allocUnit);
        return;
    } else {
        if (!l.path.empty())
            emit pathRequested(shownText(l.path));
        if (l.entry)
            emit logEntryRequested(*l.entry);
    }
    if (l.offset)
        emit showBytes(*l.offset, 0);
}

QString FsckPanel::exportJson(const QString& path) const {
    if (!hasReport_ || !snapshot_)
        return tr("No fsck report yet.");
    return writeFsckJson(path, snapshot_->fs(), report_);
}

QString FsckPanel::exportHtml(const QString& path) const {
    if (!hasReport_ || !snapshot_)
        return tr("No fsck report yet.");
    return writeFsckHtml(path, snapshot_, report_);
}

void FsckPanel::chooseExport(bool html) {
    const QString path = QFileDialog::getSaveFileName(
        this, html ? tr("Export fsck report as HTML") : tr("Export fsck report as JSON"),
        html ? QStringLiteral("fsck-report.html") : QStringLiteral("fsck-report.json"),
        html ? tr("HTML page (*.html)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = html ? exportHtml(path) : exportJson(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace famscope::ui
