// Opening a TARGET (image file or devdax device) for a CLI command: read-only media, the
// decoded metadata, and the one-line error + exit status when it cannot be used.
#pragma once

#include "fs/LoadedFs.h"
#include "fs/Namespace.h"
#include "fs/Replay.h"
#include "media/Media.h"

#include <QString>

#include <memory>
#include <optional>

namespace famscope::cli {

struct Target {
    std::unique_ptr<media::Media> media;
    fs::LoadedFs fs;
    std::optional<fs::Namespace> ns; // when opened with a replay mode
};

struct TargetResult {
    std::unique_ptr<Target> target; // null on failure
    int exitCode = 0;
    QString error; // "famscope: <path>: <problem>"
};

// Opens read-only. With `force`, a missing/invalid superblock or unsupported layout is not
// fatal (the metadata is decoded as far as it goes).
// With a replay mode, the log is replayed while it is decoded, into `ns`.
TargetResult openTarget(const QString& path, bool force,
                        std::optional<fs::ReplayMode> replayMode = std::nullopt);
// The built-in demo file system (in memory).
TargetResult openDemoTarget();

} // namespace famscope::cli
