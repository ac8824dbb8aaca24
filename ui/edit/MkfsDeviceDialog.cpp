#include "ui/edit/MkfsDeviceDialog.h"

#include "core/media/DaxDiscovery.h"
#include "ui/edit/DialogFooter.h"
#include "ui/edit/EditInput.h"
#include "ui/util/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace famscope::ui {

MkfsDeviceDialog::MkfsDeviceDialog(const edit::MkfsOptions& base, QWidget* parent)
    : QDialog(parent), base_(base), device_(new QComboBox), logLen_(new QComboBox),
      force_(new QCheckBox(tr("Format over an existing famfs file system"))),
      confirm_(new QLineEdit) {
    setObjectName(QStringLiteral("mkfsDeviceDialog"));
    setMinimumWidth(460);
    setWindowTitle(tr("Format devdax device"));
    device_->setEditable(true);
    for (const auto& region : media::discoverDaxDevices())
        for (const auto& d : region.devices)
            if (d.mode == "devdax")
                device_->addItem(QString::fromStdString(d.path) + QStringLiteral("  (") +
                                     formatSize(d.size) + QLatin1Char(')'),
                                 QString::fromStdString(d.path));
    fillLogLengths(logLen_);
    device_->setObjectName(QStringLiteral("deviceBox"));
    logLen_->setObjectName(QStringLiteral("logLengthBox"));
    confirm_->setObjectName(QStringLiteral("confirmEdit"));
    confirm_->setPlaceholderText(tr("type the device path to confirm"));
    auto* warning = new QLabel(tr("<b>Formatting replaces the file system on the device: every "
                                  "file on it is lost.</b> The old superblock and log are backed "
                                  "up first."));
    warning->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Device:"), device_);
    form->addRow(tr("&Log length:"), logLen_);
    form->addRow(QString(), force_);
    form->addRow(tr("&Confirm:"), confirm_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    const DialogFooter footer = addDialogFooter(this, layout, tr("&Format"));
    message_ = footer.message;
    format_ = footer.ok;
    format_->setObjectName(QStringLiteral("formatButton"));
    connect(confirm_, &QLineEdit::textChanged, this, &MkfsDeviceDialog::updateGuard);
    connect(device_, &QComboBox::currentTextChanged, this, &MkfsDeviceDialog::updateGuard);
    updateGuard();
}

namespace {

QString chosenPath(const QComboBox* box) {
    // A listed device carries its path as data; typed text is the path itself.
    const int i = box->findText(box->currentText());
    return i >= 0 && box->itemData(i).isValid() ? box->itemData(i).toString()
                                                : box->currentText().trimmed();
}

} // namespace

void MkfsDeviceDialog::updateGuard() {
    const QString path = chosenPath(device_);
    format_->setEnabled(!path.isEmpty() && confirm_->text().trimmed() == path);
}

void MkfsDeviceDialog::accept() {
    const QString path = chosenPath(device_);
    if (path.isEmpty() || confirm_->text().trimmed() != path) {
        message_->setText(tr("Type the device path into the confirmation field."));
        return;
    }
    edit::MkfsOptions o = base_;
    o.devdax = true;
    o.createSize.reset();
    o.force = force_->isChecked();
    o.logLen = logLen_->currentData().toULongLong();
    auto r = edit::makeFileSystem(path.toStdString(), o);
    if (!r) {
        message_->setText(QString::fromStdString(r.error()));
        return;
    }
    emit formatted(path);
    QDialog::accept();
}

} // namespace famscope::ui
