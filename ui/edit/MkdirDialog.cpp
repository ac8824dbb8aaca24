#include "ui/edit/MkdirDialog.h"

#include "ui/edit/DialogFooter.h"
#include "ui/edit/EditInput.h"
#include "ui/edit/OwnerFields.h"
#include "ui/edit/WriteMode.h"
#include "ui/util/ShownText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace famscope::ui {

MkdirDialog::MkdirDialog(WriteMode* writeMode, const QString& directory, QWidget* parent)
    : QDialog(parent), writeMode_(writeMode), path_(new QLineEdit(pathPrefix(directory))),
      parents_(new QCheckBox(tr("Create missing &parent directories (-p)"))) {
    setObjectName(QStringLiteral("mkdirDialog"));
    setMinimumWidth(460);
    setWindowTitle(tr("New directory"));
    path_->setObjectName(QStringLiteral("pathEdit"));
    parents_->setObjectName(QStringLiteral("parentsBox"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Path:"), path_);
    owner_ = std::make_unique<OwnerFields>(form, 0755);
    form->addRow(QString(), parents_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    message_ = addDialogFooter(this, layout, tr("C&reate")).message;
}

MkdirDialog::~MkdirDialog() = default;

void MkdirDialog::accept() {
    edit::EditSession* session = writeMode_->session();
    if (!session) {
        message_->setText(writeMode_->unavailableReason());
        return;
    }
    QString error;
    const auto owner = owner_->read(error);
    if (!owner) {
        message_->setText(error);
        return;
    }
    edit::MkdirOptions o;
    o.parents = parents_->isChecked();
    o.mode = owner->mode;
    o.uid = owner->uid;
    o.gid = owner->gid;
    auto r = edit::makeDirectory(*session, pathBytes(path_->text()), o);
    if (!r) {
        message_->setText(QString::fromStdString(r.error()));
        return;
    }
    created_ = *r;
    if (!r->created.empty())
        writeMode_->noteWrite();
    QDialog::accept();
}

} // namespace famscope::ui
