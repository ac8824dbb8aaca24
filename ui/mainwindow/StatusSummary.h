// The status bar's permanent part: target, size, role, log entries used of capacity; and while
// a load runs, its stage, a progress bar and Cancel.
#pragma once

#include "ui/document/Snapshot.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace famscope::ui {

class StatusSummary : public QObject {
    Q_OBJECT
public:
    explicit StatusSummary(QStatusBar* bar);

    void showSnapshot(const Snapshot* snapshot);
    void showLoading(const QString& what);
    void showProgress(int value, int maximum, const QString& stage);
    void hideProgress();

signals:
    void cancelRequested();

private:
    QLabel* target_;
    QLabel* size_;
    QLabel* role_;
    QLabel* log_;
    QLabel* stage_;
    QProgressBar* progress_;
    QPushButton* cancel_;
};

} // namespace famscope::ui
