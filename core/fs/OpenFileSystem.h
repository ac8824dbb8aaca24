// Opening a target (image file, devdax device, or media already in hand) read-only and
// deciding whether it can be used as famfs. The CLI and the GUI both go through here, so a
// target that one front end refuses is refused by the other with the same words.
#pragma once

#include "core/Result.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Namespace.h"
#include "core/fs/Replay.h"
#include "core/media/Media.h"

#include <memory>
#include <optional>
#include <string>

namespace famscope::fs {

// What a replay while opening produces: the namespace, or only its summary (famscope info),
// for which the log is streamed (loadAndSummarise()) and fs.entries stays empty.
enum class ReplayOutput { Namespace, Summary };

struct OpenedFs {
    std::unique_ptr<media::Media> media;
    LoadedFs fs;
    // Replayed while loading, when a replay mode was asked for: one of the two, as asked.
    std::optional<Namespace> ns;
    std::optional<ReplaySummary> summary;
};

using OpenResult = Result<std::unique_ptr<OpenedFs>>;

// The text every front end shows for a failed open: "famscope: <target>: <problem>".
std::string openErrorText(const std::string& target, const std::string& problem);

// Opens `path` read-only. With `force`, a missing/invalid superblock or unsupported layout is
// not fatal (the metadata is decoded as far as it goes). With a replay mode, the log is also
// replayed in that mode, overlapped with decoding it (loadAndReplay()), into `ns`; or, with
// ReplayOutput::Summary, summarised into `summary` without keeping the entries.
// On failure the error is the one-line reason without the target name, of kind CannotOpen
// (missing, unreadable, not an image or devdax device), NotFamfs (too small for famfs, no famfs
// superblock), Unsupported (a famfs layout this version cannot read) or Inconsistent (media
// shorter than the device its superblock claims, ...).
OpenResult openFileSystem(const std::string& path, bool force,
                          std::optional<ReplayMode> replayMode = std::nullopt,
                          ReplayOutput output = ReplayOutput::Namespace);
// The same for media already opened (the built-in demo, tests).
OpenResult openFileSystem(std::unique_ptr<media::Media> media, bool force,
                          std::optional<ReplayMode> replayMode = std::nullopt,
                          ReplayOutput output = ReplayOutput::Namespace);

} // namespace famscope::fs
