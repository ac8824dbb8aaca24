// Opening a TARGET (image file or devdax device) for a CLI command: read-only media, the
// decoded metadata, and the one-line error + exit status when it cannot be used.
#pragma once

#include "core/Result.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/MediaDamage.h"
#include "core/fs/Namespace.h"
#include "core/fs/OpenFileSystem.h"
#include "core/fs/Replay.h"
#include "core/media/Media.h"
#include "core/report/TargetState.h"

#include <memory>
#include <optional>
#include <string>

namespace famscope::cli {

struct Target {
    std::unique_ptr<media::Media> media;
    fs::LoadedFs fs;
    std::optional<fs::Namespace> ns;          // when opened with a replay mode
    std::optional<fs::ReplaySummary> summary; // instead, when only a summary was asked for
    // Damaged media opened best-effort (or forced) with the status the command ends with after
    // its output (5 truncated, 4 unknown layout, so scripts still notice; 0 when forced), and
    // an interrupted repair of this target, looked up once when it opens.
    report::TargetState state;
};

// Opens read-only, as the commands that write check a target: on failure the error is
// "famscope: <path>: <problem>" and its kind gives the exit status (report/ExitStatus.h).
Result<Target> openTarget(const std::string& path);
// How the reading commands open: damaged but readable media opens best-effort, with `force` a
// missing or invalid superblock or an unsupported layout is not fatal either (the metadata is
// decoded as far as it goes), and with a replay mode the log is replayed into `ns` while it is
// decoded (or, with ReplayOutput::Summary, only summarised into `summary`, keeping no entry in
// `fs`). On failure prints the error, sets `exitCode` and returns nothing; otherwise prints
// what a reader must know first on stderr: an interrupted repair of the target, then its damage.
std::optional<Target> openForReading(const std::string& path, bool force,
                                     std::optional<fs::ReplayMode> replayMode, int& exitCode,
                                     fs::ReplayOutput output = fs::ReplayOutput::Namespace);
// The built-in demo file system (in memory).
Result<Target> openDemoTarget();

} // namespace famscope::cli
