// The Verify tab: checks that files hold the famfs test pattern of their seeds (what `famfs
// creat -r -S` wrote). Files come from the current selection, from every file of the open
// target (seeds typed into the table), or from a pasted "path seed" list. The run goes off
// the GUI thread with progress and Cancel; the first mismatch selects its file and moves the
// hex view to the device offset of the first bad word.
#pragma once

#include "ui/verify/VerifyJob.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace famscope::ui {

class OpenedDevices;
class SelectionModel;

class VerifyPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { FileColumn, SeedColumn, ResultColumn, ColumnCount };

    VerifyPanel(SelectionModel* selection, QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    // The devices other than 0 opened in the window: pieces on them are verified too.
    void setOpenedDevices(const OpenedDevices* devices) { devices_ = devices; }

    void addFile(const QString& path, std::optional<uint64_t> seed = std::nullopt);
    void addCurrentFile();
    void addAllFiles();
    // Replaces the table with a "path seed" list; returns an error text, empty on success.
    QString setSeedList(const QString& text);
    // Verifies every row with a seed; rows without one are marked and skipped.
    void start();
    void cancel();
    // Selects the row's file and shows its first bad word (rows with a mismatch only).
    void jumpToRow(int row);

signals:
    void showBytes(uint64_t offset, uint64_t length);
    // The same on another device than 0 (devindex > 0).
    void showDeviceBytes(uint64_t devindex, uint64_t offset, uint64_t length);

private:
    void pasteList();
    void outcome(const VerifyOutcome& r);
    void finished(bool cancelled);
    void setRunning(bool running);

    SelectionModel* selection_;
    std::shared_ptr<const Snapshot> snapshot_;
    const OpenedDevices* devices_ = nullptr;
    QTableWidget* table_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* verify_;
    QPushButton* cancel_;
    QList<QWidget*> editButtons_;
    VerifyJob* job_;
    QList<int> runRows_; // table row of each item of the running job, in order
    int nextOutcome_ = 0;
    int failures_ = 0;
    bool jumped_ = false;
};

} // namespace famscope::ui
