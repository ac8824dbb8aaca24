#include "core/repair/RepairPreview.h"

#include "core/fs/AllocationMap.h"
#include "core/fs/Replay.h"

#include <algorithm>
#include <set>

namespace famscope::repair {

namespace {

enum class Holder { Free, Metadata, File };

Holder holderOf(uint64_t owner) {
    if (owner == fs::kOwnerMetadata)
        return Holder::Metadata;
    return fs::isEntryOwner(owner) ? Holder::File : Holder::Free;
}

UnitChange changeOf(Holder was, Holder now, bool recovered) {
    if (was == Holder::Metadata || now == Holder::Metadata)
        return UnitChange::Metadata;
    if (now == Holder::File)
        return recovered ? UnitChange::Recovered : UnitChange::Kept;
    return was == Holder::File ? UnitChange::Freed : UnitChange::Free;
}

std::vector<std::string> filesOnlyIn(const fs::Namespace& a, const fs::Namespace& b) {
    std::vector<std::string> out;
    for (const fs::FsFile& f : a.files)
        if (!b.findFile(f.path))
            out.push_back(f.path);
    return out;
}

} // namespace

RepairPreview previewRepair(const fs::LoadedFs& before, const RepairPlan& plan) {
    RepairPreview p;
    const fs::LoadedFs after = repairedView(before, plan);
    const fs::Namespace was = fs::replay(before, fs::ReplayMode::Mount);
    const fs::Namespace now = fs::replay(after, fs::ReplayMode::Mount);
    p.droppedFiles = filesOnlyIn(was, now);
    p.recoveredFiles = filesOnlyIn(now, was);
    p.filesBefore = was.files.size();
    p.filesAfter = now.files.size();

    std::set<uint64_t> recoveredEntries; // slots of the rebuilt log
    for (const std::string& path : p.recoveredFiles)
        recoveredEntries.insert(now.findFile(path)->entryIndex);

    // Both run lists cover [0, nbits) in order: sweep them together. famfs's allocator counts
    // every valid FILE entry, whether a mount shows it or not, and so does the plan.
    const fs::OwnerRuns a = fs::buildAllocationMap(before).runs;
    const fs::OwnerRuns b = fs::buildAllocationMap(after).runs;
    size_t i = 0, j = 0;
    uint64_t at = 0;
    while (i < a.size() && j < b.size()) {
        const uint64_t endA = a[i].firstAu + a[i].auCount;
        const uint64_t endB = b[j].firstAu + b[j].auCount;
        const uint64_t end = std::min(endA, endB);
        if (end > at) {
            const Holder wasHeld = holderOf(a[i].owner);
            const Holder nowHeld = holderOf(b[j].owner);
            const UnitChange c = changeOf(wasHeld, nowHeld, recoveredEntries.count(b[j].owner) > 0);
            const uint64_t n = end - at;
            p.unitsBefore += wasHeld == Holder::File ? n : 0;
            p.unitsAfter += nowHeld == Holder::File ? n : 0;
            p.unitsFreed += c == UnitChange::Freed ? n : 0;
            p.unitsRecovered += c == UnitChange::Recovered ? n : 0;
            if (!p.runs.empty() && p.runs.back().change == c)
                p.runs.back().auCount += n;
            else
                p.runs.push_back({at, n, c});
            at = end;
        }
        if (endA == end)
            ++i;
        if (endB == end)
            ++j;
    }
    p.totalUnits = at;
    return p;
}

} // namespace famscope::repair
