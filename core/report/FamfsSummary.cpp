#include "core/report/FamfsSummary.h"

#include "core/report/TextEscape.h"

#include "core/fsck/Fsck.h"

#include <charconv>
#include <cmath>

namespace famscope::report {

namespace {

// printf's %.Nf in the C locale, whatever the process locale is.
std::string fixed(double v, int decimals) {
    char buf[64];
    const auto end =
        std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals).ptr;
    return std::string(buf, end);
}

std::string hex(uint64_t v) {
    char buf[20];
    const auto end = std::to_chars(buf, buf + sizeof buf, v, 16).ptr;
    return std::string(buf, end);
}

} // namespace

std::string famfsRole(const fs::LoadedFs& lfs, const std::string& systemUuidFile) {
    return fsck::roleName(fsck::hostRole(lfs.sb, systemUuidFile));
}

std::string famfsFsckSummary(const fs::LoadedFs& lfs, const fs::AllocationMap& alloc,
                             const std::string& role) {
    return famfsFsckSummary(lfs, fsck::famfsFigures(lfs, alloc), role);
}

std::string famfsFsckSummary(const fs::LoadedFs& lfs, const fsck::FamfsFigures& f,
                             const std::string& role) {
    const auto& sb = lfs.sb;
    const uint64_t slotCount = f.logSlots;
    const uint64_t used = f.entriesInUse;
    std::string t;
    auto line = [&t](const std::string& s) { t += s + '\n'; };
    auto num = [](uint64_t v) { return std::to_string(v); };
    line("Famfs Superblock:");
    line(std::string("  Filesystem UUID:   ") + escapeText(sb.uuid.toString()));
    line(std::string("  Device UUID:       ") + escapeText(sb.devUuid.toString()));
    line(std::string("  System UUID:       ") + escapeText(sb.systemUuid.toString()));
    line(std::string("  role of this node: ") + role);
    line(std::string("  alloc_unit:        0x") + hex(sb.allocUnit));
    line(std::string("  OMF major version: ") + num(sb.omfMajor));
    line(std::string("  OMF minor version: ") + num(sb.omfMinor));
    line("  sizeof superblock: 200");
    line(std::string("  log size (bytes):  ") + num(sb.logLen));
    line(std::string("  primary: ") + escapeText(sb.daxdevPath()) + "   " + num(f.deviceCapacity));
    line({});
    line("Log stats:");
    line(std::string("  # of log entries in use: ") + num(used) + " of " + num(slotCount));
    line(std::string("  Log size in use:          ") +
         num(used > (UINT64_MAX - 48) / 544 ? UINT64_MAX : 48 + used * 544));
    line(std::string("  Log size (total bytes)    ") + num(sb.logLen));
    if (f.collisions > 0) {
        line(std::string("ERROR: ") + num(f.collisions) +
             std::string(" ALLOCATION COLLISIONS FOUND"));
    } else {
        line("  No allocation errors found");
        line({});
        const double allocated = static_cast<double>(f.allocatedBytes);
        const double sum = static_cast<double>(f.sumOfFileSizes);
        const double capacity = static_cast<double>(f.bitmapCapacity);
        line("Capacity:");
        line(std::string("  Device capacity:        ") + num(f.deviceCapacity));
        line(std::string("  Bitmap capacity:        ") + num(f.bitmapCapacity));
        line(std::string("  Sum of file sizes:      ") + num(f.sumOfFileSizes));
        line(std::string("  Allocated bytes:        ") + num(f.allocatedBytes));
        line(std::string("  Free space:             ") + num(f.freeBytes));
        line(std::string("  Space amplification:     ") +
             (sum == 0 ? std::string("inf") : fixed(allocated / sum, 2)));
        line(std::string("  Percent used:            ") +
             (capacity == 0 ? std::string("nan") : fixed(100.0 * allocated / capacity, 1)) + '%');
        line({});
    }
    line("Famfs log:");
    line(std::string("  ") + num(used) + " of " + num(slotCount) + std::string(" entries used"));
    line(std::string("  ") + num(f.badEntries) + " bad log entries detected");
    line(std::string("  ") + num(f.files) + " files");
    line(std::string("  ") + num(f.directories) + " directories");
    line({});
    return t;
}

} // namespace famscope::report
