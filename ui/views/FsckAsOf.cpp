#include "ui/views/FsckAsOf.h"

#include "core/fs/LogPrefix.h"
#include "core/fsck/Fsck.h"

namespace famscope::ui {

std::vector<fsck::Finding> fsckFindingsAsOf(const fs::LoadedFs& fs, uint64_t entries) {
    fsck::FsckOptions options;
    options.force = true;
    if (entries >= fs.entries.size())
        return fsck::runFsck(fs, options).findings;
    return fsck::runFsck(fs::logPrefix(fs, entries), options).findings;
}

} // namespace famscope::ui
