// The currently open famfs target, and the one way to open another. Loading runs on a
// QtConcurrent thread; every request gets an increasing job id and a result that arrives after
// a newer request was made is dropped (hotspot's job tracker), so a slow device never
// overwrites the target the user opened after it.
#pragma once

#include "ui/document/SnapshotLoader.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace famscope::ui {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    std::shared_ptr<Snapshot> snapshot() const { return snapshot_; }
    bool isLoading() const { return watcher_ != nullptr; }

    void open(const QString& path);
    void openDemo();
    void cancel();
    // Opens the current target again (after a write, or when its log grew): the views get
    // loaded() with the new snapshot. Nothing happens when nothing was opened.
    void reload();
    // Installs an already loaded result (synchronous paths: tests, --screenshot).
    void setLoadResult(const LoadResult& result);

signals:
    void loadStarted(const QString& what);
    void loadProgress(int value, int maximum, const QString& stage);
    void loaded(); // snapshot() is the new target
    void loadFailed(const QString& error);
    void loadCancelled();

private:
    void start(const LoadRequest& request, const QString& what);
    void finished(QFutureWatcher<LoadResult>* watcher, quint64 jobId);

    std::shared_ptr<Snapshot> snapshot_;
    std::optional<LoadRequest> lastRequest_; // what reload() repeats
    QFutureWatcher<LoadResult>* watcher_ = nullptr;
    quint64 jobId_ = 0;
};

} // namespace famscope::ui
