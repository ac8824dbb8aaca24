// What `famscope bench` prints: the JSON object (exact integers through JsonWriter), the
// human-readable table, and optional lines in the format of famfs's mmap_bench so its scripts
// can read famscope's numbers.
#pragma once

#include "core/bench/Session.h"
#include "core/fs/Namespace.h"

#include <string>
#include <vector>

namespace famscope::report {

// `famfsFile`: the famfs file benchmarked, whose predicted page mix is added beside the
// measured page sizes (predicted_fault_pages, null for other targets).
std::string benchJson(const bench::BenchReport& report, bool withMmapBenchLines,
                      const fs::FsFile* famfsFile = nullptr);
// The table; for a famfs file its predicted page mix under it; then, asked for, a blank line and
// the mmapBenchLines.
std::string benchText(const bench::BenchReport& report, bool withMmapBenchLines,
                      const fs::FsFile* famfsFile = nullptr);
// MMAP_BENCH_BEGIN / MMAP_READ_SEQ ... / MMAP_BENCH_END for every measured single-thread run
// that got the page size it asked for (a flagged run is not reported as that size).
std::vector<std::string> mmapBenchLines(const bench::BenchReport& report);

} // namespace famscope::report
