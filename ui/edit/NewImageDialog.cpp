#include "ui/edit/NewImageDialog.h"

#include "ui/edit/DialogFooter.h"
#include "ui/edit/EditInput.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace famscope::ui {

NewImageDialog::NewImageDialog(const edit::MkfsOptions& base, QWidget* parent)
    : QDialog(parent), base_(base), path_(new QLineEdit),
      size_(new QLineEdit(QStringLiteral("4G"))), logLen_(new QComboBox) {
    setObjectName(QStringLiteral("newImageDialog"));
    setMinimumWidth(460);
    setWindowTitle(tr("New famfs image"));
    path_->setObjectName(QStringLiteral("pathEdit"));
    size_->setObjectName(QStringLiteral("sizeEdit"));
    logLen_->setObjectName(QStringLiteral("logLengthBox"));
    fillLogLengths(logLen_);
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &NewImageDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("Image &file:"));
    pathLabel->setBuddy(path_); // a row holding a layout gets no buddy by itself
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Size (K/M/G):"), size_);
    form->addRow(tr("&Log length:"), logLen_);
    auto* note = new QLabel(tr("The file is created sparse; only what is written takes space."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    message_ = addDialogFooter(this, layout, tr("C&reate image")).message;
    connect(path_, &QLineEdit::textChanged, message_, &QLabel::clear);
}

void NewImageDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New famfs image"), path_->text(),
                                                      tr("famfs images (*.img);;All files (*)"));
    if (!path.isEmpty())
        path_->setText(path);
}

void NewImageDialog::accept() {
    const QString path = path_->text().trimmed();
    const auto size = parseSizeText(size_->text());
    if (path.isEmpty()) {
        message_->setText(tr("Choose where to create the image."));
        return;
    }
    if (QFileInfo::exists(path)) {
        message_->setText(tr("%1 already exists; choose a new file name.").arg(path));
        return;
    }
    if (!size || *size == 0) {
        message_->setText(tr("Enter the image size, e.g. 4G."));
        return;
    }
    edit::MkfsOptions o = base_;
    o.createSize = *size;
    o.devdax = false;
    o.force = false;
    o.logLen = logLen_->currentData().toULongLong();
    auto r = edit::makeFileSystem(path.toStdString(), o);
    if (!r) {
        message_->setText(QString::fromStdString(r.error()));
        // The path did not exist before: whatever is there now is a half-made image.
        QFile::remove(path);
        return;
    }
    emit formatted(path);
    QDialog::accept();
}

} // namespace famscope::ui
