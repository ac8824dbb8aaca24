// Superblock checks: magic, CRC, version and OMF, alloc unit, log length, device size against
// the real media, and this host's role.
#pragma once

#include "core/fsck/CheckContext.h"

namespace famscope::fsck {

class SuperblockChecks {
public:
    static void run(const CheckContext& ctx, FindingSink& sink);
};

} // namespace famscope::fsck
