// Log header checks: magic, CRC, length against the superblock, last_index against the
// length, next_index against the capacity, next_seqnum against next_index, and whether the
// live entries are on the media at all. famfs's device fsck checks none of these.
#pragma once

#include "core/fsck/CheckContext.h"

namespace famscope::fsck {

class LogHeaderChecks {
public:
    static void run(const CheckContext& ctx, FindingSink& sink);
};

} // namespace famscope::fsck
