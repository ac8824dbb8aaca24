// File ▸ New image: mkfs.famfs on a new (sparse) image file of a chosen size and log length.
// An existing file is never overwritten here; formatting over something is the device
// dialog's (guarded) job. On success formatted(path) asks the window to open the image.
#pragma once

#include "core/edit/Mkfs.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace famscope::ui {

class NewImageDialog : public QDialog {
    Q_OBJECT
public:
    // `base` supplies the host identity and mount table paths (WriteMode::options()).
    NewImageDialog(const edit::MkfsOptions& base, QWidget* parent = nullptr);

    void accept() override; // formats; on an error shows it and stays open

signals:
    void formatted(const QString& path);

private:
    void browse();

    edit::MkfsOptions base_;
    QLineEdit* path_;
    QLineEdit* size_;
    QComboBox* logLen_;
    QLabel* message_ = nullptr;
};

} // namespace famscope::ui
