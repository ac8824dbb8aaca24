// A whole benchmark: for each page size, timed fault series for 1..N threads, the prefaulting
// comparison, the latency pass, plus the bandwidth reference and the environment. Front ends
// (CLI, GUI panel) call runBench() and render the report; progress and cancellation go
// through the callbacks so a GUI can run it off its thread.
#pragma once

#include "core/Result.h"
#include "core/bench/Bandwidth.h"
#include "core/bench/BenchTarget.h"
#include "core/bench/Environment.h"
#include "core/bench/Latency.h"
#include "core/bench/Runner.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace famscope::bench {

struct BenchOptions {
    std::vector<uint64_t> pageSizes; // empty: the target's defaults
    uint64_t size = 0;               // 0: the target's default
    uint64_t offset = 0;             // raw image/devdax targets
    RunConfig run;                   // access, order, warm-ups, reps (threads is ignored)
    unsigned maxThreads = 1;         // series for 1..maxThreads threads
    bool populate = false;
    bool latency = false;
    bool bandwidth = true;
};

struct PageSizeResult {
    uint64_t pageSize = 0; // asked for
    bool skipped = false;
    std::string skipReason;
    std::string source;               // what was mapped
    std::vector<SeriesResult> series; // one per thread count
    std::optional<SeriesResult> populate;
    std::optional<LatencyResult> latency;

    bool flagged() const; // some run did not get the page size asked for
    std::string flagReason() const;
    uint64_t obtained() const; // page size really obtained (first flagged run's, if any)
    // How front ends name this result: "4k"; a flagged one by what it got, "2m->4k", or
    // "2m->mixed" when smaps shows the size asked for but the faults show part fell back.
    std::string label() const;
};

struct BenchReport {
    std::string target;
    std::string targetKind;
    std::string description;
    BenchOptions options;
    Environment environment;
    std::optional<BandwidthResult> bandwidth;
    std::string bandwidthError;
    std::vector<PageSizeResult> results;
};

struct Progress {
    std::function<void(double fraction, const std::string& stage)> report;
    std::function<bool()> cancelled;
};

Result<BenchReport> runBench(const BenchTarget& target, const BenchOptions& options,
                             const Progress& progress = {});

} // namespace famscope::bench
