// Edit ▸ Repair… (also the fsck tab's Repair… button): famscope repair with a preview. The
// plan is listed as a checklist (action, fsck code, entries, units), cross-linked files with
// both owners and a choice (keep both, or keep one and drop the other), and a before/after of
// the namespace (files dropped, recovered) and of the allocation units (freed, newly owned),
// all computed from the plan applied in memory. Repair writes through core's runRepair, with
// the CLI's refusals (mounted, another writer, a client host) and its metadata backup; Undo
// puts that backup back with core's restoreMetadata, as `famscope restore` does.
//
// Write mode refuses a log with bad entries, which is what repair is for, so the dialog does
// not write through a write-mode session: it asks the window to end write mode (aboutToWrite)
// and opens and locks the target itself.
#pragma once

#include "core/fs/LoadedFs.h"
#include "core/repair/RepairPlan.h"
#include "core/repair/RepairPreview.h"

#include <QDialog>

#include <optional>
#include <set>
#include <string>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace famscope::ui {

class UnitChangeStrip;

struct RepairSettings {
    std::string systemUuidPath = "/opt/famfs/system_uuid";
    std::string mountInfoPath = "/proc/self/mountinfo";
    std::string backupPath; // empty: core's default (next to an image)
};

class RepairDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { ActionColumn, CodeColumn, EntriesColumn, UnitsColumn, TextColumn };

    RepairDialog(const QString& target, RepairSettings settings, QWidget* parent = nullptr);
    ~RepairDialog() override;

    // Reads the target and plans again with the current choices; nothing is written.
    void replan();
    // Writes the plan shown (Repair button). False when refused or failed (status text).
    bool applyRepair();
    // Puts the backup taken by applyRepair() back (Undo button).
    bool undoRepair();

    const repair::RepairPlan& plan() const { return plan_; }
    const repair::RepairPreview& preview() const { return preview_; }
    QString backupFile() const { return backup_; }

signals:
    void aboutToWrite();                  // end write mode: the repair takes the lock itself
    void repaired(const QString& backup); // the media changed: reload
    void undone();                        // the backup was put back: reload

private:
    void showPlan();
    void showCrossLinks(const repair::RepairPlan& unchosen);
    void showPreview();
    repair::RepairOptions options() const;

    QString target_;
    RepairSettings settings_;
    std::optional<fs::LoadedFs> fs_;
    repair::RepairPlan plan_;
    repair::RepairPreview preview_;
    std::set<uint64_t> dropEntries_; // the cross-link choices
    QString backup_;

    QLabel* summary_;
    QCheckBox* recover_;
    QCheckBox* parents_;
    QTreeWidget* checklist_;
    QTreeWidget* crossLinks_;
    QLabel* namespaceText_;
    QTreeWidget* namespaceDiff_;
    QLabel* unitsText_;
    UnitChangeStrip* strip_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* confirm_;
    QPushButton* undo_;
};

} // namespace famscope::ui
