#include "core/bench/Runner.h"

#include "core/bench/Smaps.h"

#include <atomic>
#include <chrono>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace famscope::bench {

namespace {

using Clock = std::chrono::steady_clock;

struct FaultCount {
    uint64_t minor = 0;
    uint64_t major = 0;
};

// Faults of the calling thread only: the other threads of the process (a GUI repainting its
// progress bar, say) must not be counted as faults of the measured touches.
FaultCount threadFaults() {
    struct rusage ru {};
    ::getrusage(RUSAGE_THREAD, &ru);
    return {static_cast<uint64_t>(ru.ru_minflt), static_cast<uint64_t>(ru.ru_majflt)};
}

FaultCount operator-(const FaultCount& a, const FaultCount& b) {
    return {a.minor - b.minor, a.major - b.major};
}

void touchSlice(uint8_t* base, const std::vector<uint64_t>& offsets, size_t begin, size_t end,
                AccessKind access, std::atomic<uint64_t>& sink) {
    if (access == AccessKind::Write)
        touchWrite(base, offsets.data() + begin, end - begin);
    else
        sink.fetch_add(touchRead(base, offsets.data() + begin, end - begin),
                       std::memory_order_relaxed);
}

// One timed repetition. Helper threads are started and parked before the clock starts (their
// stacks fault in then), released together, and the clock stops when the last one is done.
Result<RepSample> timedRep(MappingSource& source, const RunConfig& config,
                           const std::vector<uint64_t>& offsets, PageCheck& check,
                           int& memoryNode) {
    if (Status s = source.prepare(); !s)
        return Error{s.error()};
    Region region;
    const unsigned threads = config.threads == 0 ? 1 : config.threads;
    std::atomic<unsigned> ready{0}, done{0};
    std::atomic<bool> go{false};
    std::atomic<uint64_t> sink{0};
    uint8_t* base = nullptr;
    std::vector<std::thread> helpers;
    std::vector<FaultCount> faults(threads); // per touching thread, summed after the run
    const size_t n = offsets.size();
    auto sliceBegin = [&](unsigned t) { return n * t / threads; };

    if (!config.populate) {
        auto mapped = source.map(false);
        if (!mapped)
            return Error{mapped.error()};
        region = std::move(*mapped);
        base = region.data();
        for (unsigned t = 1; t < threads; ++t)
            helpers.emplace_back([&, t] {
                ready.fetch_add(1);
                while (!go.load(std::memory_order_acquire))
                    std::this_thread::yield();
                const FaultCount start = threadFaults();
                touchSlice(base, offsets, sliceBegin(t), sliceBegin(t + 1), config.access, sink);
                faults[t] = threadFaults() - start;
                done.fetch_add(1, std::memory_order_release);
            });
        while (ready.load() != threads - 1)
            std::this_thread::yield();
    }

    const FaultCount before = threadFaults();
    const auto t0 = Clock::now();
    if (config.populate) {
        auto mapped = source.map(true);
        if (!mapped)
            return Error{mapped.error()};
        region = std::move(*mapped);
        base = region.data();
        touchSlice(base, offsets, 0, n, config.access, sink);
    } else {
        go.store(true, std::memory_order_release);
        touchSlice(base, offsets, 0, sliceBegin(1), config.access, sink);
        faults[0] = threadFaults() - before;
        while (done.load(std::memory_order_acquire) != threads - 1)
            std::this_thread::yield();
    }
    const auto t1 = Clock::now();
    if (config.populate)
        faults[0] = threadFaults() - before;
    for (std::thread& h : helpers)
        h.join();

    RepSample sample;
    sample.seconds = std::chrono::duration<double>(t1 - t0).count();
    for (const FaultCount& f : faults) {
        sample.majorFaults += f.major;
        sample.faults += f.minor + f.major;
    }

    auto smaps = readSelfSmaps(reinterpret_cast<uintptr_t>(base),
                               reinterpret_cast<uintptr_t>(base) + region.size());
    if (!smaps)
        return Error{smaps.error()};
    check =
        checkPageSize(source.pageSize(), *smaps, offsets.size() * source.pageSize(), sample.faults);
    memoryNode = memoryNodeOf(base);
    return sample;
}

} // namespace

int memoryNodeOf(const void* address) {
    int node = -1;
    // MPOL_F_NODE | MPOL_F_ADDR: the node of the page at `address` (no libnuma needed).
    constexpr unsigned long kNodeOfAddress = 1 | 2;
    if (::syscall(SYS_get_mempolicy, &node, nullptr, 0UL, address, kNodeOfAddress) != 0)
        return -1;
    return node;
}

Result<SeriesResult> runSeries(MappingSource& source, const RunConfig& config,
                               const KeepGoing& keepGoing) {
    if (config.reps < kMinReps)
        return Error{"at least " + std::to_string(kMinReps) + " measured repetitions are needed"};
    SeriesResult result;
    result.threads = config.populate ? 1 : (config.threads == 0 ? 1 : config.threads);
    result.populate = config.populate;
    result.method = config.populate ? source.populateMethod() : "touch";
    result.pageSize = source.pageSize();
    result.bytes = source.length();
    if (source.pageSize() == 0 || source.length() / source.pageSize() > kMaxTouches)
        return Error{"more than " + std::to_string(kMaxTouches) +
                     " pages per repetition; choose a smaller size"};
    const std::vector<uint64_t> offsets =
        touchOffsets(source.length(), source.pageSize(), config.order, config.seed);
    result.pages = offsets.size();
    if (offsets.empty())
        return Error{"the mapping holds no whole page of " + std::to_string(source.pageSize()) +
                     " bytes"};
    RunConfig effective = config;
    effective.threads = result.threads;

    std::vector<double> nsFault, nsPage, faults, gib;
    for (unsigned i = 0; i < config.warmups + config.reps; ++i) {
        if (keepGoing && !keepGoing())
            return Error{"cancelled"};
        PageCheck check;
        int node = -1;
        auto sample = timedRep(source, effective, offsets, check, node);
        if (!sample)
            return Error{sample.error()};
        if (i < config.warmups)
            continue;
        const double ns = sample->seconds * 1e9;
        result.samples.push_back(*sample);
        nsFault.push_back(sample->faults != 0 ? ns / static_cast<double>(sample->faults) : ns);
        nsPage.push_back(ns / static_cast<double>(result.pages));
        faults.push_back(static_cast<double>(sample->faults));
        // Memory really mapped (resident), not the span touched: a run that fell back to 4 KiB
        // pages while touching one byte per 2 MiB mapped 1/512 of it.
        const uint64_t resident = check.smaps.rss + check.smaps.hugetlb;
        const double mapped = static_cast<double>(resident != 0 ? resident : result.bytes);
        gib.push_back(sample->seconds > 0 ? mapped / sample->seconds / double(1ULL << 30) : 0);
        if (result.check.requested == 0 || (result.check.ok && !check.ok))
            result.check = check;
        result.memoryNode = node;
    }
    result.nsPerFault = summarize(nsFault);
    result.nsPerPage = summarize(nsPage);
    result.faults = summarize(faults);
    result.gibPerSecond = summarize(gib);
    return result;
}

} // namespace famscope::bench
