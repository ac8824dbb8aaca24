#include "ui/document/Document.h"

#include "core/demo/DemoFs.h"

#include <QtConcurrent/QtConcurrentRun>

namespace famscope::ui {

Document::Document(QObject* parent) : QObject(parent) {}

Document::~Document() {
    if (watcher_) {
        watcher_->cancel();
        watcher_->waitForFinished();
    }
}

void Document::open(const QString& path) {
    start(LoadRequest{path, false}, path);
}

void Document::openDemo() {
    start(LoadRequest{QString(), true}, QString::fromLatin1(demo::demoName()));
}

void Document::reload() {
    if (lastRequest_)
        start(*lastRequest_,
              lastRequest_->demo ? QString::fromLatin1(demo::demoName()) : lastRequest_->path);
}

void Document::cancel() {
    if (watcher_)
        watcher_->cancel(); // the job stops at its next stage; finished() reports it
}

void Document::setLoadResult(const LoadResult& result) {
    if (result.cancelled) {
        emit loadCancelled();
    } else if (!result.snapshot) {
        emit loadFailed(result.error);
    } else {
        snapshot_ = result.snapshot;
        emit loaded();
    }
}

void Document::start(const LoadRequest& request, const QString& what) {
    if (watcher_) { // a newer request supersedes the running one
        watcher_->disconnect(this);
        watcher_->cancel();
        connect(watcher_, &QFutureWatcherBase::finished, watcher_, &QObject::deleteLater);
        watcher_ = nullptr;
    }
    lastRequest_ = request;
    const quint64 jobId = ++jobId_;
    auto* watcher = new QFutureWatcher<LoadResult>(this);
    watcher_ = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int v) {
        if (watcher == watcher_)
            emit loadProgress(v, kLoadStages, watcher->progressText());
    });
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, jobId] { finished(watcher, jobId); });
    emit loadStarted(what);
    watcher->setFuture(QtConcurrent::run(loadSnapshot, request));
}

void Document::finished(QFutureWatcher<LoadResult>* watcher, quint64 jobId) {
    watcher->deleteLater();
    if (jobId != jobId_) // stale: a newer open was requested meanwhile
        return;
    watcher_ = nullptr;
    const QFuture<LoadResult> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit loadCancelled();
        return;
    }
    setLoadResult(future.result());
}

} // namespace famscope::ui
