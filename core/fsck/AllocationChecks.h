// Allocation checks from the allocation map: every collision as a pair of owners (the first
// claim and the later one) over a range of units, extents over the superblock or log region,
// and a note when there were too many collisions to list.
#pragma once

#include "core/fsck/CheckContext.h"

namespace famscope::fsck {

class AllocationChecks {
public:
    static void run(const CheckContext& ctx, const fs::AllocationMap& alloc, FindingSink& sink);
};

} // namespace famscope::fsck
