// Which famfs structure field covers which device bytes (Okteta's Structures tool, for famfs):
// the superblock, the log header and every log entry slot in use, named after the C fields.
// Computed on demand for the range asked from the core field tables, so a log with thousands
// of entries costs nothing until the window's hex view scrolls it into view.
#pragma once

#include "core/fs/LoadedFs.h"

#include <cstdint>
#include <string>
#include <vector>

namespace famscope::report {

struct StructureRegion {
    uint64_t offset = 0;
    uint64_t size = 0;
    std::string name; // "superblock.ts_magic", "entry 3.fm_size"
    int colour = 0;   // the field's place in its table, from 1: neighbours differ
};

// Regions intersecting [begin, end), sorted by offset.
std::vector<StructureRegion> structureRegions(const fs::LoadedFs& lfs, uint64_t begin,
                                              uint64_t end);
// The region holding `offset`, or one with size 0 when none does.
StructureRegion structureRegionAt(const fs::LoadedFs& lfs, uint64_t offset);

} // namespace famscope::report
