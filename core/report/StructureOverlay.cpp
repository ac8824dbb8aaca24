#include "core/report/StructureOverlay.h"

#include "core/format/Constants.h"

#include <algorithm>
#include <span>

namespace famscope::report {

namespace {

void addFields(std::vector<StructureRegion>& out, std::span<const famfs::FieldSpan> fields,
               uint64_t base, const std::string& prefix, uint64_t begin, uint64_t end) {
    int colour = 0;
    for (const famfs::FieldSpan& f : fields) {
        const uint64_t start = base + f.offset;
        ++colour;
        if (start >= end || start + f.size <= begin)
            continue;
        out.push_back({start, f.size, prefix + '.' + f.name, colour});
    }
}

} // namespace

std::vector<StructureRegion> structureRegions(const fs::LoadedFs& lfs, uint64_t begin,
                                              uint64_t end) {
    std::vector<StructureRegion> out;
    if (begin >= end)
        return out;
    addFields(out, famfs::superblockFields(), 0, "superblock", begin, end);
    const uint64_t logBase = lfs.sb.magicValid() ? lfs.sb.logOffset : famfs::kLogOffset;
    if (lfs.logHeaderRead)
        addFields(out, famfs::logHeaderFields(), logBase, "log", begin, end);
    // Only the entry slots that intersect the range.
    const uint64_t first = logBase + famfs::kLogHeaderSize;
    if (!lfs.entries.empty() && end > first) {
        const uint64_t lo = begin > first ? (begin - first) / famfs::kLogEntrySize : 0;
        const uint64_t hi =
            std::min<uint64_t>(lfs.entries.size(), (end - first) / famfs::kLogEntrySize + 1);
        for (uint64_t i = lo; i < hi; ++i) {
            const uint64_t base = first + i * famfs::kLogEntrySize;
            const std::string prefix = "entry " + std::to_string(i);
            addFields(out, famfs::logEntryCommonFields(), base, prefix, begin, end);
            const famfs::LogEntry& e = lfs.entries[i];
            if (e.file())
                addFields(out, famfs::fileEntryFields(), base, prefix, begin, end);
            else if (e.mkdir())
                addFields(out, famfs::mkdirEntryFields(), base, prefix, begin, end);
            else if (e.addDaxdev())
                addFields(out, famfs::addDaxdevEntryFields(), base, prefix, begin, end);
        }
    }
    std::sort(out.begin(), out.end(), [](const StructureRegion& a, const StructureRegion& b) {
        return a.offset < b.offset;
    });
    return out;
}

StructureRegion structureRegionAt(const fs::LoadedFs& lfs, uint64_t offset) {
    for (StructureRegion& r : structureRegions(lfs, offset, offset + 1))
        if (offset >= r.offset && offset < r.offset + r.size)
            return std::move(r);
    return {};
}

} // namespace famscope::report
