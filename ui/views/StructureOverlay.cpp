#include "ui/views/StructureOverlay.h"

#include <algorithm>

namespace famscope::ui {

namespace {

void addFields(std::vector<OverlayRegion>& out, std::span<const famfs::FieldSpan> fields,
               uint64_t base, const QString& prefix, uint64_t begin, uint64_t end) {
    int colour = 0;
    for (const famfs::FieldSpan& f : fields) {
        const uint64_t start = base + f.offset;
        ++colour;
        if (start >= end || start + f.size <= begin)
            continue;
        out.push_back(
            {start, f.size, prefix + QLatin1Char('.') + QString::fromLatin1(f.name), colour});
    }
}

} // namespace

StructureOverlay::StructureOverlay(std::shared_ptr<const Snapshot> snapshot)
    : snapshot_(std::move(snapshot)) {}

std::vector<OverlayRegion> StructureOverlay::regionsIn(uint64_t begin, uint64_t end) const {
    std::vector<OverlayRegion> out;
    if (!snapshot_ || begin >= end)
        return out;
    const fs::LoadedFs& lfs = snapshot_->fs();
    addFields(out, famfs::superblockFields(), 0, QStringLiteral("superblock"), begin, end);
    const uint64_t logBase = lfs.sb.magicValid() ? lfs.sb.logOffset : famfs::kLogOffset;
    if (lfs.logHeaderRead)
        addFields(out, famfs::logHeaderFields(), logBase, QStringLiteral("log"), begin, end);
    // Only the entry slots that intersect the range.
    const uint64_t first = snapshot_->entryOffset(0);
    if (!lfs.entries.empty() && end > first) {
        const uint64_t lo = begin > first ? (begin - first) / famfs::kLogEntrySize : 0;
        const uint64_t hi =
            std::min<uint64_t>(lfs.entries.size(), (end - first) / famfs::kLogEntrySize + 1);
        for (uint64_t i = lo; i < hi; ++i) {
            const uint64_t base = snapshot_->entryOffset(i);
            const QString prefix = QStringLiteral("entry %1").arg(i);
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
    std::sort(out.begin(), out.end(),
              [](const OverlayRegion& a, const OverlayRegion& b) { return a.offset < b.offset; });
    return out;
}

OverlayRegion StructureOverlay::regionAt(uint64_t offset) const {
    for (const OverlayRegion& r : regionsIn(offset, offset + 1))
        if (offset >= r.offset && offset < r.offset + r.size)
            return r;
    return {};
}

} // namespace famscope::ui
