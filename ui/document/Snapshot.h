// One opened famfs target as every view sees it: the read-only media, the decoded metadata and
// the mount-semantics namespace. Built off the GUI thread by SnapshotLoader, then immutable
// except for reads through the media (hex view), which happen on the GUI thread only.
#pragma once

#include "core/fs/AllocationMap.h"
#include "core/fs/Namespace.h"
#include "core/fs/OpenFileSystem.h"

#include <QString>

#include <memory>

namespace famscope::ui {

struct Snapshot {
    QString target; // what was opened: a path, or the demo's name
    QString role;   // "image file", "devdax device", "built-in demo" (translated)
    std::unique_ptr<fs::OpenedFs> opened;
    fs::Namespace ns; // ReplayMode::Mount: what famfs would instantiate
    fs::AllocationMap allocation;

    const fs::LoadedFs& fs() const { return opened->fs; }
    media::Media& media() const { return *opened->media; }
    uint64_t entryOffset(uint64_t index) const; // device offset of log slot `index`
    // The built-in demo lives in memory: nothing can be written to it, nor repaired.
    bool isDemo() const { return target.startsWith(QLatin1String("demo:")); }
};

} // namespace famscope::ui
