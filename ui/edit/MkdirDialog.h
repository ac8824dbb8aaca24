// Edit ▸ New directory: famfs mkdir [-p] with mode, uid and gid, written through the write
// mode's session.
#pragma once

#include "core/edit/Mkdir.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace famscope::ui {

class OwnerFields;
class WriteMode;

class MkdirDialog : public QDialog {
    Q_OBJECT
public:
    MkdirDialog(WriteMode* writeMode, const QString& directory, QWidget* parent = nullptr);
    ~MkdirDialog() override;

    const std::optional<edit::MkdirResult>& created() const { return created_; }

    void accept() override; // creates the directory; on an error shows it and stays open

private:
    WriteMode* writeMode_;
    QLineEdit* path_;
    QCheckBox* parents_;
    std::unique_ptr<OwnerFields> owner_;
    QLabel* message_ = nullptr;
    std::optional<edit::MkdirResult> created_;
};

} // namespace famscope::ui
