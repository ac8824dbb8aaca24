// Log entry checks over every live slot: CRC and seqnum (as famfs fsck, but named per cause:
// see EntryIntegrity.h), entry types famfs never writes or ignores, then the path, the file map
// and the namespace the valid entries build.
#pragma once

#include "core/fsck/CheckContext.h"

namespace famscope::fsck {

class EntryChecks {
public:
    static void run(const CheckContext& ctx, FindingSink& sink);
};

} // namespace famscope::fsck
