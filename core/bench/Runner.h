// Timed fault runs: for every repetition a fresh mapping (MappingSource::prepare + map), one
// touch per expected page split over the threads, faults counted with getrusage around the
// timed section, and the page size checked in smaps before the mapping goes away.
#pragma once

#include "core/Result.h"
#include "core/bench/MappingSource.h"
#include "core/bench/PageCheck.h"
#include "core/bench/Stats.h"
#include "core/bench/TouchPlan.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace famscope::bench {

inline constexpr unsigned kMinReps = 9;
// Touch offsets are built in memory before timing; this bounds them (256 GiB of 4 KiB pages).
inline constexpr uint64_t kMaxTouches = uint64_t{1} << 26;

struct RunConfig {
    AccessKind access = AccessKind::Read;
    Order order = Order::Sequential;
    unsigned threads = 1;
    unsigned warmups = 2;
    unsigned reps = kMinReps;
    uint64_t seed = 0x5eed;
    bool populate = false; // time mmap with prefaulting (+ the touches) instead of the touches
};

struct RepSample {
    double seconds = 0;
    uint64_t faults = 0; // minor + major
    uint64_t majorFaults = 0;
};

struct SeriesResult {
    unsigned threads = 1;
    bool populate = false;
    std::string method; // "touch" or the populate method
    uint64_t pageSize = 0;
    uint64_t pages = 0; // touches per repetition
    uint64_t bytes = 0; // bytes mapped per repetition
    std::vector<RepSample> samples;
    Summary nsPerFault;
    Summary nsPerPage;
    Summary faults;
    Summary gibPerSecond; // resident memory newly mapped per second (span when smaps shows none)
    PageCheck check;      // the first repetition that failed the check, else the last one
    int memoryNode = -1;  // NUMA node of the first page (get_mempolicy), -1 when unknown
};

// Called between repetitions; returning false cancels the series.
using KeepGoing = std::function<bool()>;

Result<SeriesResult> runSeries(MappingSource& source, const RunConfig& config,
                               const KeepGoing& keepGoing = {});

// The NUMA node backing the page at `address`, or -1.
int memoryNodeOf(const void* address);

} // namespace famscope::bench
