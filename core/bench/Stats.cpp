#include "core/bench/Stats.h"

#include <algorithm>
#include <cmath>

namespace famscope::bench {

Summary summarize(std::vector<double> values) {
    Summary s;
    s.count = values.size();
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.front();
    s.max = values.back();
    const size_t mid = values.size() / 2;
    s.median = values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    return s;
}

double percentileOfSorted(const std::vector<double>& sorted, double q) {
    if (sorted.empty())
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    // Nearest rank: the smallest value with at least q of the samples at or below it.
    const double rank = std::ceil(q * static_cast<double>(sorted.size()));
    const size_t index = rank < 1 ? 0 : static_cast<size_t>(rank) - 1;
    return sorted[std::min(index, sorted.size() - 1)];
}

std::vector<std::pair<double, double>> cdfOfSorted(const std::vector<double>& sorted,
                                                   size_t points) {
    std::vector<std::pair<double, double>> cdf;
    if (sorted.empty() || points == 0)
        return cdf;
    const size_t n = sorted.size();
    const size_t step = std::max<size_t>(1, n / points);
    for (size_t i = step - 1; i < n; i += step)
        cdf.emplace_back(sorted[i], static_cast<double>(i + 1) / static_cast<double>(n));
    if (cdf.back().second < 1.0)
        cdf.emplace_back(sorted.back(), 1.0);
    return cdf;
}

} // namespace famscope::bench
