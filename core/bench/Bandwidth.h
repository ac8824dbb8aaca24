// The memory-bandwidth reference measured in the same run as the fault benchmark: a non-zero
// fill (memset) and a read (sum of 64-bit words) of an already-faulted anonymous buffer. It
// bounds what newly mapped memory could ever reach in GiB/s.
#pragma once

#include "core/Result.h"

#include <cstdint>

namespace famscope::bench {

struct BandwidthResult {
    uint64_t bytes = 0;
    unsigned reps = 0;
    double fillGiBps = 0; // medians
    double readGiBps = 0;
};

Result<BandwidthResult> measureBandwidth(uint64_t bytes, unsigned reps);

} // namespace famscope::bench
