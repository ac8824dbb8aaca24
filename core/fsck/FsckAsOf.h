// fsck of a file system as it stood after its first N log entries: what the heatmap's fsck
// colours show at a time-travel point (the cut itself is fs::logPrefix, core/fs/LogPrefix.h).
#pragma once

#include "core/fs/LoadedFs.h"
#include "core/fsck/Finding.h"

#include <cstdint>
#include <vector>

namespace famscope::fsck {

// runFsck() with force (findings on whatever the log holds) on fs::logPrefix(fs, entries).
std::vector<Finding> fsckFindingsAsOf(const fs::LoadedFs& fs, uint64_t entries);

} // namespace famscope::fsck
