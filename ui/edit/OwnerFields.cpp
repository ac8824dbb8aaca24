#include "ui/edit/OwnerFields.h"

#include <QFormLayout>
#include <QLineEdit>

#include <unistd.h>

namespace famscope::ui {

OwnerFields::OwnerFields(QFormLayout* form, uint32_t defaultMode)
    : mode_(new QLineEdit(QString::number(defaultMode, 8).rightJustified(4, QLatin1Char('0')))),
      uid_(new QLineEdit(QString::number(::geteuid()))),
      gid_(new QLineEdit(QString::number(::getegid()))) {
    mode_->setObjectName(QStringLiteral("modeEdit"));
    uid_->setObjectName(QStringLiteral("uidEdit"));
    gid_->setObjectName(QStringLiteral("gidEdit"));
    form->addRow(tr("&Mode (octal):"), mode_);
    form->addRow(tr("&Owner uid:"), uid_);
    form->addRow(tr("Owner &gid:"), gid_);
}

std::optional<report::Owner> OwnerFields::read(QString& error) const {
    const auto mode = report::parseMode(mode_->text().toStdString());
    const auto uid = report::parseId(uid_->text().toStdString());
    const auto gid = report::parseId(gid_->text().toStdString());
    if (!mode)
        error = tr("The mode must be octal permission bits, e.g. 0644.");
    else if (!uid || !gid)
        error = tr("The uid and gid must be numbers.");
    if (!mode || !uid || !gid)
        return std::nullopt;
    return report::Owner{*mode, *uid, *gid};
}

} // namespace famscope::ui
