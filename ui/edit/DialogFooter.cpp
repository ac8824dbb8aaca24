#include "ui/edit/DialogFooter.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace famscope::ui {

DialogFooter addDialogFooter(QDialog* dialog, QVBoxLayout* layout, const QString& okText) {
    auto* message = new QLabel(dialog);
    message->setObjectName(QStringLiteral("messageLabel"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showDialogMessage(message, QString(), true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(message);
    layout->addWidget(buttons);
    return {message, ok};
}

void showDialogMessage(QLabel* label, const QString& text, bool error) {
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("QLabel { color: #c0392b; }") : QString());
}

} // namespace famscope::ui
