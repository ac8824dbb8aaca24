// File ▸ Format device: mkfs.famfs on a devdax device. Guarded: the Format button stays disabled
// until the device's path is typed again, an existing famfs file system is kept unless
// "format over it" is ticked, and core still refuses mounted, system-RAM and famfs-bound
// devices (its reason is shown). The old metadata region is backed up first.
#pragma once

#include "core/edit/Mkfs.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace famscope::ui {

class MkfsDeviceDialog : public QDialog {
    Q_OBJECT
public:
    MkfsDeviceDialog(const edit::MkfsOptions& base, QWidget* parent = nullptr);

    void accept() override; // formats; on an error shows it and stays open

signals:
    void formatted(const QString& path);

private:
    void updateGuard();

    edit::MkfsOptions base_;
    QComboBox* device_;
    QComboBox* logLen_;
    QCheckBox* force_;
    QLineEdit* confirm_;
    QPushButton* format_ = nullptr;
    QLabel* message_ = nullptr;
};

} // namespace famscope::ui
