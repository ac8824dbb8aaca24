// The foot every edit dialog shares: a word-wrapped message line (objectName "messageLabel",
// red: what stops the dialog) above the OK and Cancel buttons, OK named for what it does.
// OK calls the dialog's accept(), which checks the fields and stays open on an error.
#pragma once

#include <QString>

class QDialog;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace famscope::ui {

struct DialogFooter {
    QLabel* message;
    QPushButton* ok;
};

DialogFooter addDialogFooter(QDialog* dialog, QVBoxLayout* layout, const QString& okText);

// A message in red when it is an error, in the normal colour when it only informs.
void showDialogMessage(QLabel* label, const QString& text, bool error);

} // namespace famscope::ui
