// Writes a famfs image holding a synthetic log (SyntheticLog.h) as a sparse file: only the
// superblock and the log are written, the rest of the device reads as zeros. For the side by
// side comparisons with the famfs tools (tests/bench/compare-famfs), which need the same
// image on disk for both.
//
//   bench_make_log OUT.img [--log-mib M] [--entries N] [--device-gib G] [--strips S]
//                  [--buckets B] [--small-folios]
//
// Defaults: an 8 MiB log filled to capacity, on a device just large enough for its files.
#include "BenchUsage.h"
#include "SyntheticLog.h"

#include "core/format/Constants.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

using namespace famscope;
using namespace famscope::famfs;

namespace {

constexpr const char* kUsage =
    "usage: bench_make_log OUT.img [--log-mib M] [--entries N] [--device-gib G] [--strips S]\n"
    "                      [--buckets B] [--small-folios]\n"
    "Writes a sparse famfs image whose log (default 8 MiB, rounded up to a multiple of 2 MiB)\n"
    "holds N entries (default: as many as fit), one 2 MiB file per entry, on a device of\n"
    "G GiB (default: just large enough). With --strips S (1-16), every file is interleaved\n"
    "over S strips of 2 MiB instead, back to back; with --buckets B (S-64) as well, each strip\n"
    "in its own of B buckets, as famfs allocates them (not adjacent, not in device order).\n"
    "With --small-folios, the superblock and log are then dropped from the page cache and\n"
    "read back a 4 KiB page at a time, which leaves them in 4 KiB folios.\n";

} // namespace

int main(int argc, char** argv) {
    benchusage::answerHelp(argc, argv, kUsage);
    if (argc < 2 || argv[1][0] == '-')
        benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
    const std::string out = argv[1];
    uint64_t logMiB = 8;
    uint64_t entries = UINT64_MAX;
    uint64_t deviceGiB = 0;
    uint64_t strips = 0;
    uint64_t buckets = 0;
    bool smallFolios = false;
    for (int i = 2; i < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--small-folios") {
            smallFolios = true;
            --i; // takes no value
            continue;
        }
        if (i + 1 >= argc)
            benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
        const uint64_t value = std::strtoull(argv[i + 1], nullptr, 10);
        if (opt == "--log-mib")
            logMiB = (std::max<uint64_t>(1, value) + 1) / 2 * 2; // whole allocation units
        else if (opt == "--entries")
            entries = value;
        else if (opt == "--device-gib")
            deviceGiB = value;
        else if (opt == "--strips" && value >= 1 && value <= kMaxExtents)
            strips = value;
        else if (opt == "--buckets" && value >= 1 && value <= 64)
            buckets = value;
        else
            benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
    }
    benchdata::SyntheticLog spec;
    spec.logLen = logMiB << 20;
    spec.entries = std::min(entries, logSlots(spec.logLen));
    if (buckets != 0 && (strips == 0 || buckets < strips))
        benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
    spec.strips = strips;
    spec.buckets = buckets;
    // Every entry but the directories takes its units after the log.
    // With buckets, each holds its share of the strips and one unit to spare.
    const uint64_t units = buckets == 0 ? (spec.entries + 1) * benchdata::unitsPerFile(spec)
                                        : (spec.entries * strips / buckets + 2) * buckets;
    const uint64_t needed = kLogOffset + spec.logLen + units * kAllocUnit;
    spec.deviceSize = deviceGiB != 0 ? deviceGiB << 30 : (needed + (1ULL << 30) - 1) >> 30 << 30;
    if (spec.deviceSize < needed) {
        std::fprintf(stderr, "bench_make_log: %llu entries need a device of %llu bytes\n",
                     static_cast<unsigned long long>(spec.entries),
                     static_cast<unsigned long long>(needed));
        return 1;
    }
    std::vector<uint8_t> meta(kLogOffset + spec.logLen, 0);
    benchdata::writeSyntheticLog(meta.data(), spec);
    if (!benchdata::writeSparseImage(out, spec.deviceSize, meta)) {
        std::fprintf(stderr, "bench_make_log: cannot write %s: %s\n", out.c_str(),
                     std::strerror(errno));
        return 1;
    }
    if (smallFolios && !benchdata::refillInSmallFolios(out, meta.size())) {
        std::fprintf(stderr, "bench_make_log: cannot read %s back in 4 KiB folios: %s\n",
                     out.c_str(), std::strerror(errno));
        return 1;
    }
    std::printf("%s: %llu entries, %llu MiB log, %llu GiB device\n", out.c_str(),
                static_cast<unsigned long long>(spec.entries),
                static_cast<unsigned long long>(logMiB),
                static_cast<unsigned long long>(spec.deviceSize >> 30));
    return 0;
}
