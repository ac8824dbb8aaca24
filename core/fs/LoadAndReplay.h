// Loading and replaying a file system in one step, overlapped: the calling thread replays the
// log while other threads are still decoding (and checksumming) its later entries, and decodes
// entries itself whenever it catches up. The result equals loadFileSystem() followed by
// replay(); front ends that need both take about the time of the longer of the two instead of
// their sum.
#pragma once

#include "core/Result.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Namespace.h"
#include "core/fs/Replay.h"
#include "core/media/Media.h"

namespace famscope::fs {

struct LoadedNamespace {
    LoadedFs fs;
    Namespace ns;
};

Result<LoadedNamespace> loadAndReplay(media::Media& media, ReplayMode mode,
                                      const LoadOptions& options = {});

// Loading for a summary only (famscope info): the log is decoded a block at a time as the
// replay reads it (EntryStream), on this thread, and no entry is kept: fs.entries stays empty.
// The summary equals replaySummary() after loadFileSystem().
struct LoadedSummary {
    LoadedFs fs;
    ReplaySummary summary;
};

Result<LoadedSummary> loadAndSummarise(media::Media& media, ReplayMode mode,
                                       const LoadOptions& options = {});

} // namespace famscope::fs
