// The page-size verdict of one benchmark run: which page size the kernel really used, from
// smaps (KernelPageSize, PMD-mapped and hugetlb bytes) cross-checked with the fault count.
// A run that did not get the size it asked for is flagged and never reported as that size.
#pragma once

#include "core/bench/Smaps.h"

#include <cstdint>
#include <string>

namespace famscope::bench {

struct PageCheck {
    uint64_t requested = 0;
    uint64_t obtained = 0;      // page size the mapping was really made of (bytes)
    uint64_t bytesPerFault = 0; // resident bytes (or touched span) per counted fault
    SmapsPages smaps;
    bool ok = false;  // obtained == requested and the fault count agrees
    std::string note; // why not ok, or a remark (fault-around, partial PMD mapping)
};

// `span`: bytes of the mapping that were touched (pages x requested size); `faults`: minor +
// major faults counted over the touches (or the populating mmap).
PageCheck checkPageSize(uint64_t requested, const SmapsPages& smaps, uint64_t span,
                        uint64_t faults);

} // namespace famscope::bench
