// Parse + replay throughput of a full famfs log.
//
// Builds a 64 MiB log holding 123,361 entries (1 directory per 64 files, nested, every file a
// one-extent simple file; or, with --layout flat, every file in the top directory) in memory
// with famscope's encoder, then times loadFileSystem (decode + CRC of every entry) and replay
// (namespace build) separately and together, and loadAndReplay, which overlaps the two.
// Releasing the loaded log and the namespace afterwards is timed on its own, outside the total.
//
//   bench_parse [--entries N] [--repeat R] [--stop-after load|replay] [--layout nested|flat]
//
// Prints the median, min and max over R repetitions and entries/s for the median, in wall time
// and in CPU time of the whole process (all threads): on a shared, busy machine the CPU time is
// the steadier of the two, the wall time the one that counts.
#include "BenchUsage.h"
#include "SyntheticLog.h"
#include "core/bench/Smaps.h"
#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/fs/LoadAndReplay.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/media/MemoryMedia.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

using namespace famscope;
using namespace famscope::famfs;
using Clock = std::chrono::steady_clock;

namespace {

constexpr uint64_t kLogLen = 64ULL << 20;

std::unique_ptr<media::MemoryMedia> buildFullLog(uint64_t entries, bool flat) {
    // 64 TiB claimed; only the superblock region and the log are backed.
    auto m = std::make_unique<media::MemoryMedia>("bench", kLogOffset + kLogLen);
    benchdata::writeSyntheticLog(m->data(), {entries, kLogLen, 64ULL << 40, 0, flat});
    return m;
}

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// The process's anonymous memory backed by transparent huge pages, in MiB (-1 if unknown): the
// large arrays ask for them, and without them every load pays far more TLB misses.
long hugePagesMiB() {
    const auto pages = bench::readSelfSmaps(0, UINT64_MAX);
    return pages ? static_cast<long>(pages->anonHugePages >> 20) : -1;
}

struct Stats {
    double median, min, max;
};
Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.front(), v.back()};
}

} // namespace

constexpr const char* kUsage =
    "usage: bench_parse [--entries N] [--repeat R] [--stop-after load|replay]\n"
    "                   [--layout nested|flat]\n"
    "Load + replay throughput of a full 64 MiB famfs log built in memory (default 123,361\n"
    "entries, 15 repetitions); prints medians, min and max in ms and entries/s.\n";

int main(int argc, char** argv) {
    benchusage::answerHelp(argc, argv, kUsage);
    uint64_t entries = logSlots(kLogLen);
    int repeat = 15;
    std::string stopAfter = "replay";
    std::string layout = "nested";
    for (int i = 1; i < argc; i += 2) {
        const std::string opt = argv[i];
        if (i + 1 >= argc)
            benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
        if (opt == "--entries")
            entries =
                std::min<uint64_t>(std::strtoull(argv[i + 1], nullptr, 10), logSlots(kLogLen));
        else if (opt == "--repeat")
            repeat = std::max(1, std::atoi(argv[i + 1]));
        else if (opt == "--stop-after")
            stopAfter = argv[i + 1];
        else if (opt == "--layout")
            layout = argv[i + 1];
        else
            benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
    }
    auto media = buildFullLog(entries, layout == "flat");
    std::vector<double> load, replayMs, total, freeMs, loadCpu, replayCpu, overlapped,
        overlappedCpu;
    size_t files = 0;
    double firstTotal = 0;
    // The first run is not counted: it takes the page faults of arrays that later runs reuse
    // (the C library's heap and the loader's retained blocks), as a reloading front end would.
    for (int r = 0; r < repeat + 1; ++r) {
        const double c0 = cpuMs();
        const auto t0 = Clock::now();
        auto loaded = fs::loadFileSystem(*media);
        const auto t1 = Clock::now();
        const double c1 = cpuMs();
        if (!loaded || loaded->entries.size() != entries) {
            std::fprintf(stderr, "bench_parse: load failed: %s\n", loaded.error().c_str());
            return 1;
        }
        std::optional<fs::Namespace> ns;
        if (stopAfter == "replay") {
            ns.emplace(fs::replay(*loaded, fs::ReplayMode::Mount));
            files = ns->files.size();
        }
        const auto t2 = Clock::now();
        const double c2 = cpuMs();
        // Releasing the results is not part of parsing; timed on its own.
        ns.reset();
        *loaded = fs::LoadedFs{};
        const auto t3 = Clock::now();
        // The same work through loadAndReplay(), which overlaps decoding and replay.
        double overlapMs = 0, overlapCpu = 0;
        if (stopAfter == "replay") {
            const double c4 = cpuMs();
            const auto t4 = Clock::now();
            auto both = fs::loadAndReplay(*media, fs::ReplayMode::Mount);
            const auto t5 = Clock::now();
            overlapMs = ms(t5 - t4);
            overlapCpu = cpuMs() - c4;
            if (!both || both->ns.files.size() != files) {
                std::fprintf(stderr, "bench_parse: loadAndReplay disagrees with load + replay\n");
                return 1;
            }
        }
        if (r == 0) {
            firstTotal = ms(t2 - t0);
            continue;
        }
        overlapped.push_back(overlapMs);
        overlappedCpu.push_back(overlapCpu);
        load.push_back(ms(t1 - t0));
        replayMs.push_back(ms(t2 - t1));
        total.push_back(ms(t2 - t0));
        freeMs.push_back(ms(t3 - t2));
        loadCpu.push_back(c1 - c0);
        replayCpu.push_back(c2 - c1);
    }
    const Stats l = stats(load), p = stats(replayMs), t = stats(total);
    std::printf("entries: %llu (log %llu MiB, %s), files replayed: %zu, repetitions: %d\n",
                static_cast<unsigned long long>(entries),
                static_cast<unsigned long long>(kLogLen >> 20), layout.c_str(), files, repeat);
    std::printf("load   (decode+CRC): median %8.2f ms  min %8.2f  max %8.2f\n", l.median, l.min,
                l.max);
    std::printf("replay (namespace) : median %8.2f ms  min %8.2f  max %8.2f\n", p.median, p.min,
                p.max);
    std::printf("total              : median %8.2f ms  min %8.2f  max %8.2f\n", t.median, t.min,
                t.max);
    std::printf("first run (cold)   : %8.2f ms (not counted: fresh pages for every array)\n",
                firstTotal);
    const Stats f = stats(freeMs);
    std::printf("free (not in total): median %8.2f ms  min %8.2f  max %8.2f\n", f.median, f.min,
                f.max);
    const Stats lc = stats(loadCpu), pc = stats(replayCpu);
    std::printf("cpu load / replay  : median %8.2f / %.2f ms  min %.2f / %.2f\n", lc.median,
                pc.median, lc.min, pc.min);
    std::printf("throughput         : %.2f M entries/s (median total)\n",
                static_cast<double>(entries) / t.median / 1000.0);
    if (stopAfter == "replay") {
        const Stats o = stats(overlapped), oc = stats(overlappedCpu);
        std::printf("loadAndReplay      : median %8.2f ms  min %8.2f  max %8.2f  (cpu %.2f ms)\n",
                    o.median, o.min, o.max, oc.median);
        std::printf("throughput         : %.2f M entries/s (median loadAndReplay), %.2fx load + "
                    "replay\n",
                    static_cast<double>(entries) / o.median / 1000.0, t.median / o.median);
    }
    std::printf("huge pages in use  : %ld MiB\n", hugePagesMiB());
    return 0;
}
