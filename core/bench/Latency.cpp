#include "core/bench/Latency.h"

#include "core/bench/Runner.h"
#include "core/bench/Stats.h"

#include <algorithm>
#include <chrono>
#include <sys/resource.h>

namespace famscope::bench {

namespace {

using Clock = std::chrono::steady_clock;

uint64_t faultsNow() {
    struct rusage ru {};
    ::getrusage(RUSAGE_THREAD, &ru); // this thread only: the pass touches on one thread
    return static_cast<uint64_t>(ru.ru_minflt) + static_cast<uint64_t>(ru.ru_majflt);
}

double timerCostNs() {
    std::vector<double> costs(2001);
    for (double& c : costs) {
        const auto a = Clock::now();
        const auto b = Clock::now();
        c = std::chrono::duration<double, std::nano>(b - a).count();
    }
    std::nth_element(costs.begin(), costs.begin() + 1000, costs.end());
    return costs[1000];
}

} // namespace

Result<LatencyResult> measureLatency(MappingSource& source, AccessKind access, Order order,
                                     uint64_t seed) {
    if (source.pageSize() == 0 || source.length() / source.pageSize() > kMaxTouches)
        return Error{"too many pages for the latency pass; choose a smaller size"};
    const std::vector<uint64_t> offsets =
        touchOffsets(source.length(), source.pageSize(), order, seed);
    if (offsets.empty())
        return Error{"the mapping holds no whole page"};
    if (Status s = source.prepare(); !s)
        return Error{s.error()};
    auto region = source.map(false);
    if (!region)
        return Error{region.error()};

    LatencyResult r;
    r.timerCostNs = timerCostNs();
    std::vector<Clock::time_point> stamps(offsets.size() + 1);
    uint8_t* base = region->data();
    uint64_t sink = 0;
    const uint64_t before = faultsNow();
    stamps[0] = Clock::now();
    for (size_t i = 0; i < offsets.size(); ++i) {
        if (access == AccessKind::Write)
            touchWrite(base, &offsets[i], 1);
        else
            sink += touchRead(base, &offsets[i], 1);
        stamps[i + 1] = Clock::now();
    }
    r.faults = faultsNow() - before;
    (void)sink;

    std::vector<double> ns(offsets.size());
    for (size_t i = 0; i < offsets.size(); ++i)
        ns[i] = std::max(
            0.0, std::chrono::duration<double, std::nano>(stamps[i + 1] - stamps[i]).count() -
                     r.timerCostNs);
    std::sort(ns.begin(), ns.end());
    r.samples = ns.size();
    r.p50Ns = percentileOfSorted(ns, 0.50);
    r.p99Ns = percentileOfSorted(ns, 0.99);
    r.p999Ns = percentileOfSorted(ns, 0.999);
    r.maxNs = ns.back();
    r.cdf = cdfOfSorted(ns, 200);
    return r;
}

} // namespace famscope::bench
