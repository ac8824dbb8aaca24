// The fsck tab: famscope's fsck over the open target, run off the GUI thread when a target is
// loaded and on Rerun. Findings are grouped severity -> category (where the problem is) ->
// finding; a group of damaged log entries (one finding for a run of them) holds its members,
// collapsed until expanded. Double-clicking a finding or a member asks the window to show its
// place: a superblock or log header field, a log entry, a file, or a range of allocation
// units. The report exports as the CLI's JSON and as a self-contained HTML page.
#pragma once

#include "core/fsck/FsckReport.h"
#include "ui/document/Snapshot.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace famscope::ui {

class FsckPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { CodeColumn, MessageColumn, LocationColumn, ColumnCount };
    static constexpr int kFindingRole = Qt::UserRole + 1; // index into report().findings
    static constexpr int kMemberRole = Qt::UserRole + 2;  // index into that finding's members

    explicit FsckPanel(QWidget* parent = nullptr);
    ~FsckPanel() override;

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    void rerun();
    void waitForFinished(); // tests, screenshots: blocks and delivers the result
    const fsck::FsckReport& report() const { return report_; }
    bool hasReport() const { return hasReport_; }

    // The finding (or group member) behind a tree index (any column), or null for the rows
    // that only group others.
    const fsck::Finding* findingAt(const QModelIndex& index) const;
    void activate(const QModelIndex& index);

    QString exportJson(const QString& path) const; // "" on success, else what went wrong
    QString exportHtml(const QString& path) const;

    static QString categoryName(fsck::Location::Area area);
    static QString severityTitle(fsck::Severity severity);

signals:
    void superblockFieldRequested(const QString& field, qulonglong offset);
    void logEntryRequested(qulonglong entry);
    void pathRequested(const QString& path);
    void unitsRequested(qulonglong firstAu, qulonglong count);
    void showBytes(uint64_t offset, uint64_t length);
    void repairRequested(); // the Repair… button: Edit ▸ Repair… on this target

private:
    void finished();
    void rebuildTree();
    QList<QStandardItem*> findingRow(int finding, int member) const;
    void chooseExport(bool html);

    std::shared_ptr<const Snapshot> snapshot_;
    std::shared_ptr<const Snapshot> jobSnapshot_; // what the running check reads
    fsck::FsckReport report_;
    bool hasReport_ = false;
    QFutureWatcher<fsck::FsckReport> watcher_;
    QLabel* summary_;
    QPushButton* rerun_;
    QPushButton* exportJson_;
    QPushButton* exportHtml_;
    QPushButton* repair_;
    QTreeView* view_;
    QStandardItemModel* model_;
};

} // namespace famscope::ui
