// Edit ▸ Create file: size, mode, uid/gid, data seed, simple or interleaved placement. While
// the fields change, the allocator's plan-only mode on the live session shows (debounced) where
// the extents or strips would land; the plan runs on a copy of the session's allocator, whose
// placement seed the real create uses next, so what is previewed is what is written.
#pragma once

#include "core/edit/Creat.h"
#include "core/format/LogEntry.h"

#include <QDialog>

#include <optional>
#include <vector>

class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace famscope::ui {

class OwnerFields;
class WriteMode;

class CreateFileDialog : public QDialog {
    Q_OBJECT
public:
    // `directory`: where the new file goes by default (the directory selected in the tree).
    CreateFileDialog(WriteMode* writeMode, const QString& directory, QWidget* parent = nullptr);
    ~CreateFileDialog() override;

    // Plans now instead of after the debounce (tests, and before writing).
    void updatePreview();
    const std::optional<edit::Placement>& previewPlacement() const { return preview_; }
    const std::optional<edit::CreatResult>& created() const { return created_; }

    void accept() override; // creates the file; on an error shows it and stays open
    void done(int result) override;

signals:
    // Planned ranges (extents, or strips when interleaved); empty clears the preview.
    void previewChanged(const std::vector<famfs::SimpleExtent>& ranges, bool interleaved,
                        uint64_t chunkSize);

private:
    std::optional<edit::CreatOptions> readOptions(QString& error) const;

    WriteMode* writeMode_;
    QLineEdit* path_;
    QLineEdit* size_;
    QLineEdit* seed_;
    std::unique_ptr<OwnerFields> owner_;
    QGroupBox* interleave_;
    QSpinBox* nstrips_;
    QSpinBox* nbuckets_;
    QLineEdit* chunk_;
    QLabel* message_ = nullptr;
    QTimer* debounce_;
    std::optional<edit::Placement> preview_;
    std::optional<edit::CreatResult> created_;
};

} // namespace famscope::ui
