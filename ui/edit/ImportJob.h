// Import (famfs cp -r) of host files and folders into a directory of the file system, off the
// GUI thread: copies can be large. Sources are copied one at a time so that progress moves per
// source and Cancel stops between sources; what was copied stays (each file is complete and
// logged, as with famfs cp). While a job runs the session belongs to it: the edit actions
// check isRunning() and stay away.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace famscope::ui {

class WriteMode;

struct ImportOutcome {
    int copiedItems = 0; // files and directories logged
    QString error;       // empty on success
    bool cancelled = false;
};

class ImportJob : public QObject {
    Q_OBJECT
public:
    ImportJob(WriteMode* writeMode, QWidget* dialogParent, QObject* parent);
    ~ImportJob() override;

    // Starts copying `sources` (host paths) into `destDir` ("" = the root). False (and
    // finished() is not emitted) when write mode is off or a job is already running.
    bool start(const QStringList& sources, const QString& destDir);
    bool isRunning() const { return watcher_ != nullptr; }
    void waitForFinished(); // tests

signals:
    void finished(const famscope::ui::ImportOutcome& outcome);

private:
    void done();

    WriteMode* writeMode_;
    QWidget* dialogParent_;
    QFutureWatcher<ImportOutcome>* watcher_ = nullptr;
    QProgressDialog* progress_ = nullptr;
};

} // namespace famscope::ui
