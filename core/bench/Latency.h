// Per-fault latency: a separate, instrumented single-thread pass over a fresh mapping that
// timestamps every touch (steady_clock, a vDSO call), so the timed runs stay free of it.
// The cost of reading the clock itself is measured first and subtracted.
#pragma once

#include "core/Result.h"
#include "core/bench/MappingSource.h"
#include "core/bench/TouchPlan.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace famscope::bench {

struct LatencyResult {
    uint64_t samples = 0;
    uint64_t faults = 0;    // counted during the pass (the timestamps add none)
    double timerCostNs = 0; // subtracted from every sample
    double p50Ns = 0;
    double p99Ns = 0;
    double p999Ns = 0;
    double maxNs = 0;
    std::vector<std::pair<double, double>> cdf; // (ns, cumulative fraction), <= 200 points
};

Result<LatencyResult> measureLatency(MappingSource& source, AccessKind access, Order order,
                                     uint64_t seed);

} // namespace famscope::bench
