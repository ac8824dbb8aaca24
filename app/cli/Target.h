// Opening a TARGET (image file or devdax device) for a CLI command: read-only media, the
// decoded metadata, and the one-line error + exit status when it cannot be used.
#pragma once

#include "core/fs/LoadedFs.h"
#include "core/fs/MediaDamage.h"
#include "core/fs/Namespace.h"
#include "core/fs/Replay.h"
#include "core/media/Media.h"
#include "core/report/TargetState.h"

#include <string>

#include <memory>
#include <optional>

namespace famscope::cli {

struct Target {
    std::unique_ptr<media::Media> media;
    fs::LoadedFs fs;
    std::optional<fs::Namespace> ns; // when opened with a replay mode
    // Damaged media opened best-effort (or forced) with the status the command ends with, and
    // an interrupted repair of this target, looked up once when it opens (DamageOutput.h).
    report::TargetState state;
};

struct TargetResult {
    std::unique_ptr<Target> target; // null on failure
    // On failure the exit status; for damaged media opened best-effort the status the command
    // ends with after its output (5 truncated, 4 unknown layout), so scripts still notice.
    int exitCode = 0;
    std::string error; // "famscope: <path>: <problem>"
};

// Opens read-only. With `force`, a missing/invalid superblock or unsupported layout is not
// fatal (the metadata is decoded as far as it goes).
// With a replay mode, the log is replayed while it is decoded, into `ns`.
// With `openDamaged` (the read-only commands), damaged but readable media opens
// (DamageOutput.h prints the warning).
TargetResult openTarget(const std::string& path, bool force,
                        std::optional<fs::ReplayMode> replayMode = std::nullopt,
                        bool openDamaged = false);
// The built-in demo file system (in memory).
TargetResult openDemoTarget();

} // namespace famscope::cli
