#include "ui/edit/ImportJob.h"

#include "core/edit/Cp.h"
#include "ui/edit/WriteMode.h"
#include "ui/util/ShownText.h"

#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

namespace famscope::ui {

namespace {

void copySources(QPromise<ImportOutcome>& promise, edit::EditSession* session,
                 const QStringList& sources, const std::string& dest) {
    edit::CopyOptions options;
    options.recursive = true;
    options.uid = static_cast<uint32_t>(::geteuid());
    options.gid = static_cast<uint32_t>(::getegid());
    ImportOutcome outcome;
    promise.setProgressRange(0, static_cast<int>(sources.size()));
    for (int i = 0; i < sources.size(); ++i) {
        if (promise.isCanceled()) {
            outcome.cancelled = true;
            break;
        }
        promise.setProgressValueAndText(i, sources.at(i));
        auto r = edit::copyIn(*session, {sources.at(i).toStdString()}, dest, options);
        if (!r) {
            outcome.error = QString::fromStdString(r.error());
            break;
        }
        outcome.copiedItems += static_cast<int>(r->items.size());
    }
    promise.setProgressValue(static_cast<int>(sources.size()));
    promise.addResult(outcome);
}

} // namespace

ImportJob::ImportJob(WriteMode* writeMode, QWidget* dialogParent, QObject* parent)
    : QObject(parent), writeMode_(writeMode), dialogParent_(dialogParent) {}

ImportJob::~ImportJob() {
    if (watcher_) // the copy uses the session: it must end before anything else does
        watcher_->waitForFinished();
}

bool ImportJob::start(const QStringList& sources, const QString& destDir) {
    edit::EditSession* session = writeMode_->session();
    if (!session || isRunning() || sources.isEmpty())
        return false;
    writeMode_->setBusy(true);
    watcher_ = new QFutureWatcher<ImportOutcome>(this);
    progress_ = new QProgressDialog(tr("Importing into /%1…").arg(destDir), tr("Cancel"), 0,
                                    static_cast<int>(sources.size()), dialogParent_);
    progress_->setWindowTitle(tr("Import"));
    progress_->setMinimumDuration(500);
    connect(watcher_, &QFutureWatcherBase::progressValueChanged, progress_,
            &QProgressDialog::setValue);
    connect(watcher_, &QFutureWatcherBase::progressTextChanged, progress_,
            [dialog = progress_](const QString& source) {
                dialog->setLabelText(tr("Copying %1…").arg(source));
            });
    connect(progress_, &QProgressDialog::canceled, watcher_, &QFutureWatcherBase::cancel);
    connect(watcher_, &QFutureWatcherBase::finished, this, &ImportJob::done);
    watcher_->setFuture(QtConcurrent::run(copySources, session, sources, pathBytes(destDir)));
    return true;
}

void ImportJob::waitForFinished() {
    if (watcher_) {
        watcher_->waitForFinished();
        done();
    }
}

void ImportJob::done() {
    if (!watcher_)
        return;
    ImportOutcome outcome;
    if (watcher_->future().resultCount() > 0)
        outcome = watcher_->future().result();
    else
        outcome.cancelled = true;
    watcher_->disconnect(); // progress still queued for it must not reach the dialog
    watcher_->deleteLater();
    watcher_ = nullptr;
    progress_->deleteLater();
    progress_ = nullptr;
    writeMode_->setBusy(false);
    // Even a cancelled job (whose count is lost) may have written before it stopped.
    writeMode_->noteWrite();
    emit finished(outcome);
}

} // namespace famscope::ui
