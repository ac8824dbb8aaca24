// The decisions of a replay, entry by entry, for the one reader that needs them: fsck's
// namespace checks report what the replay decided instead of resolving paths again. Kept out
// of Replay.h, which most of the code base includes.
#pragma once

#include "core/fs/Replay.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace famscope::fs {

// What the replay decided for one valid FILE or MKDIR entry with a relative path: fsck reports
// its namespace findings from these, so they always say what the replay (the mount) does.
struct EntryDecision {
    enum class Outcome {
        Created,   // created at `path` (the logged path, or normalised)
        Exists,    // `path` already exists: the node of entry `nodeEntry`, or the mount point
        UnderFile, // `path` is the file of entry `nodeEntry` and a name follows it (ENOTDIR)
        Truncated, // realpath() stopped at the missing `path`: a FILE is created there, a
                   // MKDIR fails
        Escapes,   // ".." above the mount point
    };
    uint64_t entry = 0;
    bool isDir = false;
    // False for a FILE that famfs skips before it looks at the namespace (an extent with
    // offset 0): the decision is only what is at its path (Exists) or Created, never made.
    bool instantiable = true;
    Outcome outcome = Outcome::Created;
    std::string_view rawPath; // as logged, up to its NUL
    // famfs::plainPathLength() of the logged path when the replay computed it (it does for
    // most entries), else 0: fsck's path checks then need not read the path again.
    size_t plainLength = 0;
    std::string_view path;     // normalised; valid only during the call
    bool atMountPoint = false; // Exists: the mount point itself
    uint64_t nodeEntry = 0;    // Exists, UnderFile: the entry that made the node
    bool nodeIsDir = false;
};
using DecisionObserver = std::function<void(const EntryDecision&)>;

// replaySummary() that also tells `observe` each decision, in log order.
ReplaySummary replaySummary(const LoadedFs& fs, ReplayMode mode, const DecisionObserver& observe);

// The same over a log that `stream` decodes a block at a time (fsck of a target): the replay
// calls gate(n) for the first n entries, and the gate has `stream` decode them, after checking
// whatever that decoding would overwrite.
class EntryStream;
ReplaySummary replaySummary(const LoadedFs& fs, ReplayMode mode, const EntryStream& stream,
                            const EntryGate& gate, const DecisionObserver& observe);

} // namespace famscope::fs
