// Capacity and health: log nearly full and full, space amplification, free space and its
// fragmentation (largest free run, histogram of free runs), files with large tail waste.
#pragma once

#include "core/fsck/CheckContext.h"
#include "core/fsck/FsckReport.h"

namespace famscope::fsck {

class CapacityChecks {
public:
    static FreeSpaceStats freeSpace(const fs::AllocationMap& alloc);
    static void run(const CheckContext& ctx, const fs::AllocationMap& alloc,
                    const FamfsFigures& figures, const FreeSpaceStats& free, FindingSink& sink);
};

} // namespace famscope::fsck
