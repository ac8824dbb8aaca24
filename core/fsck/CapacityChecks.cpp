#include "core/fsck/CapacityChecks.h"

#include "core/SaturatingMath.h"
#include "core/format/Hex.h"
#include "core/fs/Fragmentation.h"

#include <cstdint>
#include <cstdio>

namespace famscope::fsck {

using famfs::hexString;
using namespace famfs;

namespace {

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

Location logLocation() {
    Location l;
    l.area = Location::Area::LogHeader;
    l.field = "famfs_log_next_index";
    l.offset = kLogOffset + 40;
    return l;
}

void checkLogFill(const CheckContext& ctx, const FamfsFigures& f, FindingSink& sink) {
    if (f.logSlots == 0 || !ctx.fs.logHeaderRead || !ctx.fs.log.magicValid())
        return; // an unreadable header's counters mean nothing
    const std::string used = std::to_string(f.entriesInUse) + " of " + std::to_string(f.logSlots);
    if (f.entriesInUse >= f.logSlots)
        report(sink, codes::CapLogFull, logLocation(),
               "the log is full (" + used +
                   " entries): famfs can create no more files or directories");
    else if (f.entriesInUse * 10 >= f.logSlots * 9)
        report(sink, codes::CapLogNearlyFull, logLocation(),
               "the log is " + fixed(100.0 * ctx.fs.logUsedFraction(), 1) + "% full (" + used +
                   " entries)");
}

// The allocation map found them (a whole unit or more mapped beyond the size) in its pass.
void checkTailWaste(const CheckContext& ctx, const fs::AllocationMap& alloc, FindingSink& sink) {
    for (const fs::TailWaste& t : alloc.tailWaste) {
        if (!sink.keeps(codes::CapTailWaste.code)) { // counted only: no entry read for it
            report(sink, codes::CapTailWaste, {}, {});
            continue;
        }
        const uint64_t i = t.entryIndex;
        const LogEntry e = ctx.entries.at(i);
        const FileMeta* f = e.file();
        const uint64_t mapped = t.mappedBytes;
        report(sink, codes::CapTailWaste, entryLocation(i, e.path(), "fm_size", 16),
               "the file maps " + std::to_string(mapped) + " bytes for " + std::to_string(f->size) +
                   ": " + std::to_string(mapped - f->size) +
                   " bytes (a whole alloc unit or more) are never used");
    }
}

} // namespace

// The same free-run figures the fragmentation panel shows (fs::analyzeFragmentation).
FreeSpaceStats CapacityChecks::freeSpace(const fs::AllocationMap& alloc) {
    const fs::Fragmentation f = fs::analyzeFragmentation(alloc);
    FreeSpaceStats s;
    s.freeRuns = f.freeRuns;
    s.largestRunAus = f.largestFreeRunAus;
    for (const fs::FreeRunBucket& b : f.histogram)
        s.histogram.push_back(b.runs);
    return s;
}

void CapacityChecks::run(const CheckContext& ctx, const fs::AllocationMap& alloc,
                         const FamfsFigures& f, const FreeSpaceStats& free, FindingSink& sink) {
    checkLogFill(ctx, f, sink);
    const double amp = f.spaceAmplification();
    if (f.sumOfFileSizes > 0 && amp >= 2.0) {
        Location l;
        l.area = Location::Area::Allocation;
        report(sink, codes::CapAmplification, l,
               "space amplification " + fixed(amp, 2) + ": " + std::to_string(f.allocatedBytes) +
                   " bytes allocated (superblock and log included) for " +
                   std::to_string(f.sumOfFileSizes) + " bytes of files");
    }
    const uint64_t au = ctx.allocUnit;
    const uint64_t freeAus = alloc.nbits - alloc.allocatedAus;
    Location dev;
    dev.area = Location::Area::Allocation;
    if (alloc.nbits > 0 && freeAus == 0)
        report(sink, codes::CapDeviceFull, dev, "no allocation unit is free");
    if (freeAus > 0) {
        report(sink, codes::CapFreeSpace, dev,
               std::to_string(f.freeBytes) + " bytes free in " + std::to_string(free.freeRuns) +
                   " run" + (free.freeRuns == 1 ? "" : "s") + "; the largest is " +
                   std::to_string(free.largestRunAus) + " units (" +
                   std::to_string(satMul(free.largestRunAus, au)) + " bytes)");
        if (free.largestRunAus * 2 < freeAus)
            report(sink, codes::CapFragmented, dev,
                   "free space is fragmented: the largest run holds " +
                       fixed(100.0 * static_cast<double>(free.largestRunAus) /
                                 static_cast<double>(freeAus),
                             1) +
                       "% of it; contiguous files larger than " +
                       std::to_string(satMul(free.largestRunAus, au)) + " bytes cannot be created");
    }
    checkTailWaste(ctx, alloc, sink);
}

} // namespace famscope::fsck
