// Log replay: turns the decoded log of a LoadedFs into the namespace famfs would build.
//
// Mount follows famfs logplay (famfs-format.md section 3.3): entries in order, the first entry
// with a bad seqnum or CRC ends the replay. Fsck follows famfs fsck: bad entries are skipped
// and the rest still replayed. In both modes a FILE or MKDIR entry is instantiated only when
// its path is relative and non-empty, a FILE has no zero-offset extent, the path does not
// exist yet (first entry wins) and its parent directory does. DELETE, ADD_DAXDEV and unknown
// types are ignored.
//
// Paths are resolved like realpath(MNT/relpath): empty and "." components vanish, ".." goes up.
// Where famfs's realpath() would silently truncate a path at a missing component (and then
// create something at the truncated name), famscope refuses the entry instead: a component
// that ".." steps out of, and the final parent, must be existing directories; a path that
// climbs above the mount point is refused. Every such case is an event.
//
// When famfs would refuse the whole file system (invalid superblock; on mount also an invalid
// log header) the namespace is still computed as if accepted and marked refused, so front ends
// can show it as a best-effort view.
#pragma once

#include "core/fs/LoadedFs.h"
#include "core/fs/Namespace.h"

#include <functional>

namespace famscope::fs {

enum class ReplayMode { Mount, Fsck };

Namespace replay(const LoadedFs& fs, ReplayMode mode);

// replay() over entries that are still being decoded (loadAndReplay()): before reading entry i
// the replay calls gate(n) with n > i, which returns once at least the first n entries are
// decoded, with the number of leading entries that are.
using EntryGate = std::function<uint64_t(uint64_t)>;
// While replaying entry i, a replay asks its gate for at most the first i + kReplayReadsAhead
// entries, so that a stream may reuse the memory of entries further behind.
inline constexpr uint64_t kReplayReadsAhead = 17;
Namespace replay(const LoadedFs& fs, ReplayMode mode, const EntryGate& gate);

// What replay() finds, counted but not built: for front ends that print only a summary
// (famscope info). Stats, events, stop point and refusal are exactly replay()'s; the files and
// directories are only counted, which skips sorting and building them.
struct ReplaySummary {
    uint64_t files = 0;
    uint64_t dirs = 0;
    std::vector<ReplayEvent> events;
    std::optional<uint64_t> stoppedAt;
    ReplayStats stats;
    EntryCensus census; // every entry read, also those after a mount replay stopped
    bool refused = false;
    std::string refusedReason;
};

ReplaySummary replaySummary(const LoadedFs& fs, ReplayMode mode);

// The same summary of a log read through `stream` (EntryStream.h), which decodes it a block at a
// time; fs.entries is not read.
class EntryStream;
ReplaySummary replaySummary(const LoadedFs& fs, ReplayMode mode, EntryStream& stream);

} // namespace famscope::fs
