// What a repair plan changes, for the Repair dialog's before/after: the namespace a mount shows
// (files dropped, files recovered) and the allocation units (freed, newly owned), computed from
// the plan applied in memory (repair::repairedView), before anything is written.
#pragma once

#include "core/fs/LoadedFs.h"
#include "core/repair/RepairPlan.h"

#include <cstdint>
#include <string>
#include <vector>

namespace famscope::repair {

enum class UnitChange {
    Free,      // free before and after
    Metadata,  // superblock and log
    Kept,      // owned by a file before and after
    Freed,     // owned before, free after: famfs's allocator may hand them out again
    Recovered, // owned by a file a mount shows after the repair and not before
};

struct UnitRun {
    uint64_t firstAu = 0;
    uint64_t auCount = 0;
    UnitChange change = UnitChange::Free;
};

struct RepairPreview {
    std::vector<std::string> droppedFiles;   // a mount shows them before, not after
    std::vector<std::string> recoveredFiles; // a mount shows them after, not before
    uint64_t filesBefore = 0;
    uint64_t filesAfter = 0;
    // Units owned by logged files (famfs's allocation bitmap, metadata excluded).
    uint64_t unitsBefore = 0;
    uint64_t unitsAfter = 0;
    uint64_t unitsFreed = 0;
    uint64_t unitsRecovered = 0; // owned by the recovered files
    uint64_t totalUnits = 0;
    std::vector<UnitRun> runs; // cover [0, totalUnits) in order
};

RepairPreview previewRepair(const fs::LoadedFs& before, const RepairPlan& plan);

} // namespace famscope::repair
