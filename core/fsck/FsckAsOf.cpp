#include "core/fsck/FsckAsOf.h"

#include "core/fs/LogPrefix.h"
#include "core/fsck/Fsck.h"

namespace famscope::fsck {

std::vector<Finding> fsckFindingsAsOf(const fs::LoadedFs& fs, uint64_t entries) {
    FsckOptions options;
    options.force = true;
    if (entries >= fs.entries.size())
        return runFsck(fs, options).findings;
    return runFsck(fs::logPrefix(fs, entries), options).findings;
}

} // namespace famscope::fsck
