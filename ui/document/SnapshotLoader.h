// Builds a Snapshot off the GUI thread: open the media, decode the metadata, replay the log,
// build the allocation map. Reports stage text and progress through the QPromise and stops
// between stages when the promise is cancelled.
#pragma once

#include "ui/document/Snapshot.h"

#include <QPromise>
#include <QString>

#include <memory>

namespace famscope::ui {

struct LoadRequest {
    QString path;      // image file or devdax device; ignored for the demo
    bool demo = false; // the built-in demo file system
};

struct LoadResult {
    std::shared_ptr<Snapshot> snapshot; // null on failure or cancel
    QString error;                      // the CLI's text: "famscope: <target>: <problem>"
    bool cancelled = false;
    ErrorKind errorKind = ErrorKind::Failed; // of `error` (--screenshot exits by it)
};

inline constexpr int kLoadStages = 2;

void loadSnapshot(QPromise<LoadResult>& promise, const LoadRequest& request);

// The same, synchronously (tests, --screenshot).
LoadResult loadSnapshotNow(const LoadRequest& request);

} // namespace famscope::ui
