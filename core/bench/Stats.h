// Summaries of repeated measurements: median/min/max for repetitions, percentiles and a
// thinned cumulative distribution for per-fault latencies.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace famscope::bench {

struct Summary {
    double median = 0;
    double min = 0;
    double max = 0;
    size_t count = 0;
};

// Median of an even count is the mean of the two middle values. Empty input gives zeros.
Summary summarize(std::vector<double> values);

// Nearest-rank percentile (q in [0, 1]) of values sorted ascending; 0 when empty.
double percentileOfSorted(const std::vector<double>& sorted, double q);

// At most `points` (value, cumulative fraction) pairs of the sorted samples, always including
// the largest, so a chart can draw the CDF without all samples.
std::vector<std::pair<double, double>> cdfOfSorted(const std::vector<double>& sorted,
                                                   size_t points);

} // namespace famscope::bench
