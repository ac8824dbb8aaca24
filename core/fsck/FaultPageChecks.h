// Huge-page eligibility: a note for each file whose layout keeps parts of it from faulting in
// 2 MiB pages on a device that could map them. Nothing is wrong with such a file, it only
// falls back silently to 4 KiB faults there (fs/FaultPages.h has the kernel's rules), so the
// finding is info and never changes the exit status.
#pragma once

#include "core/fsck/CheckContext.h"

namespace famscope::fsck {

class FaultPageChecks {
public:
    static void run(const CheckContext& ctx, const fs::AllocationMap& alloc, FindingSink& sink);
};

} // namespace famscope::fsck
