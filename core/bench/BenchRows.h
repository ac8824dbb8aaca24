// A benchmark report flattened for tables, charts and CSV: one row per page size, the
// single-thread series. A flagged result is listed under the page size it really got
// (pageLabel "2m->4k"), never as the one asked for.
#pragma once

#include "core/bench/Session.h"

#include <string>
#include <vector>

namespace famscope::bench {

struct BenchRow {
    std::string run; // "#3 memfd read seq"
    std::string target;
    std::string pageLabel;
    uint64_t requested = 0;
    uint64_t obtained = 0;
    std::string status; // measured, flagged, skipped
    std::string note;   // flag or skip reason
    double nsPerFaultMedian = 0, nsPerFaultMin = 0, nsPerFaultMax = 0;
    double gibPerSecond = 0;
    double faultsPerRep = 0;
    double p50Ns = 0, p99Ns = 0, p999Ns = 0; // 0 without a latency pass
    double bandwidthFill = 0;
};

// "#3 memfd read seq": the run's number in the session, its target, access and order.
std::string runLabel(int number, const BenchReport& report);
std::vector<BenchRow> benchRows(const BenchReport& report, const std::string& run);
// RFC 4180 CSV of `rows`, header first.
std::string benchCsv(const std::vector<BenchRow>& rows);

} // namespace famscope::bench
