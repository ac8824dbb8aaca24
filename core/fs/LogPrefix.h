// A loaded file system as it stood after its first N log entries: what fsck "as of" a
// time-travel point checks. The log is cut at N (the entries, next_index and what the header
// claims); everything else is the media's, so a collision with a later entry, or a damaged
// entry after N, is not yet there.
#pragma once

#include "core/fs/LoadedFs.h"

#include <cstdint>

namespace famscope::fs {

// `fs` cut after `entries` log entries; `entries` at or past fs.entries.size() keeps every
// entry. The entries past the cut are never copied (a log can hold millions).
LoadedFs logPrefix(const LoadedFs& fs, uint64_t entries);

} // namespace famscope::fs
