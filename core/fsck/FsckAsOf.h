// fsck of a file system as it stood after its first N log entries: what the heatmap's fsck
// colours show at a time-travel point. The log is cut at N (entries, next_index and what the
// header claims), everything else is the media's; a collision with a later entry, or a damaged
// entry after N, is then not yet a finding.
#pragma once

#include "core/fs/LoadedFs.h"
#include "core/fsck/Finding.h"

#include <cstdint>
#include <vector>

namespace famscope::fsck {

// `fs` cut after `entries` log entries; `entries` at or past fs.entries.size() is the whole log.
fs::LoadedFs logPrefix(const fs::LoadedFs& fs, uint64_t entries);
// runFsck() with force (findings on whatever the log holds) on logPrefix(fs, entries).
std::vector<Finding> fsckFindingsAsOf(const fs::LoadedFs& fs, uint64_t entries);

} // namespace famscope::fsck
