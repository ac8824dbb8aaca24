// How much the fault benchmark engine adds: its ns/fault against a minimal loop doing the same
// touches (fresh 4 KiB memfd, one read per page, getrusage around the loop), measured side by
// side in one run, alternating rounds so drift hits both alike.
//
//   bench_fault_overhead [--size BYTES] [--rounds N]
//
// Each round runs the engine for 9 repetitions and the minimal loop for 9 repetitions; the
// report gives the median ns/fault of each over all rounds and their ratio (target: <= 1.15).
#include "BenchUsage.h"
#include "core/bench/MemfdSource.h"
#include "core/bench/PageSize.h"
#include "core/bench/Runner.h"
#include "core/bench/Stats.h"
#include "core/bench/TouchPlan.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace famscope::bench;
using Clock = std::chrono::steady_clock;

namespace {

uint64_t faultsNow() {
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<uint64_t>(ru.ru_minflt) + static_cast<uint64_t>(ru.ru_majflt);
}

// The reference: nothing but a fresh memfd, a mapping and a strided read loop.
FAMSCOPE_UNINSTRUMENTED bool minimalRep(uint64_t size, double& nsPerFault) {
    const int fd = memfd_create("minimal", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, static_cast<off_t>(size)) != 0)
        return false;
    void* p = mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        close(fd);
        return false;
    }
    madvise(p, size, MADV_NOHUGEPAGE);
    const auto* base = static_cast<const volatile uint8_t*>(p);
    uint64_t sum = 0;
    const uint64_t before = faultsNow();
    const auto t0 = Clock::now();
    for (uint64_t off = 0; off < size; off += kPage4K)
        sum += base[off];
    const auto t1 = Clock::now();
    const uint64_t faults = faultsNow() - before;
    munmap(p, size);
    close(fd);
    if (sum == 1) // pages of a fresh memfd read as zero; keeps `sum` (and the loads) alive
        std::fputs("", stderr);
    nsPerFault = std::chrono::duration<double, std::nano>(t1 - t0).count() /
                 static_cast<double>(faults == 0 ? 1 : faults);
    return true;
}

constexpr const char* kUsage =
    "usage: bench_fault_overhead [--size BYTES] [--rounds N]\n"
    "ns per 4 KiB memfd read fault of the fault benchmark engine against a minimal loop\n"
    "(default 64 MiB, 3 rounds of 9 repetitions each); prints medians and their ratio.\n";

uint64_t argNumber(int argc, char** argv, const char* name, uint64_t fallback) {
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc ||
            (std::strcmp(argv[i], "--size") != 0 && std::strcmp(argv[i], "--rounds") != 0))
            famscope::benchusage::exitWithUsage(kUsage, famscope::benchusage::kUsageError);
        if (std::strcmp(argv[i], name) == 0)
            return std::strtoull(argv[i + 1], nullptr, 0);
    }
    return fallback;
}

} // namespace

int main(int argc, char** argv) {
    famscope::benchusage::answerHelp(argc, argv, kUsage);
    const uint64_t size = roundUp(argNumber(argc, argv, "--size", 64ULL << 20), kPage4K);
    const auto rounds = static_cast<unsigned>(argNumber(argc, argv, "--rounds", 3));
    auto source = MemfdSource::create(MemfdKind::Shmem4K, kPage4K, size, false);
    if (!source) {
        std::fprintf(stderr, "bench_fault_overhead: %s\n", source.error().c_str());
        return 1;
    }
    std::vector<double> engine, minimal;
    // A default run takes seconds on a loaded machine: say what is going on while it does.
    std::fprintf(stderr, "bench_fault_overhead: %u rounds of %llu MiB (--help for options)\n",
                 rounds, static_cast<unsigned long long>(size >> 20));
    for (unsigned round = 0; round < rounds; ++round) {
        std::fprintf(stderr, "  round %u of %u\n", round + 1, rounds);
        RunConfig config;
        config.warmups = 1;
        config.reps = kMinReps;
        auto series = runSeries(**source, config);
        if (!series) {
            std::fprintf(stderr, "bench_fault_overhead: %s\n", series.error().c_str());
            return 1;
        }
        for (const RepSample& s : series->samples)
            engine.push_back(s.seconds * 1e9 / static_cast<double>(s.faults == 0 ? 1 : s.faults));
        double ns = 0;
        minimalRep(size, ns); // warm-up, as the engine has one
        for (unsigned i = 0; i < kMinReps; ++i) {
            if (!minimalRep(size, ns)) {
                std::fprintf(stderr, "bench_fault_overhead: minimal loop failed: %s\n",
                             std::strerror(errno));
                return 1;
            }
            minimal.push_back(ns);
        }
    }
    const Summary e = summarize(engine);
    const Summary m = summarize(minimal);
    std::printf("4 KiB memfd read faults, %llu MiB per repetition, %zu repetitions each\n",
                static_cast<unsigned long long>(size >> 20), e.count);
    std::printf("engine        ns/fault median %8.1f  min %8.1f  max %8.1f\n", e.median, e.min,
                e.max);
    std::printf("minimal loop  ns/fault median %8.1f  min %8.1f  max %8.1f\n", m.median, m.min,
                m.max);
    const double ratio = m.median > 0 ? e.median / m.median : 0;
    std::printf("ratio engine/minimal: %.3f (target <= 1.15)\n", ratio);
    return 0;
}
