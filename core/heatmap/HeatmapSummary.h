// The multi-resolution summary the heatmap paints from: level L has one cell per 2^L
// allocation units, and a paint reads one cell per grid square instead of walking units.
//
// Levels from baseLevel() up are stored (a binary pyramid, each node from its two children);
// finer levels are computed from the owner runs on demand, which is cheap because a fine cell
// covers at most 2^baseLevel units. A cell's dominant owner is the owner holding the most
// units among its children's dominants (a plurality of pluralities: exact at the base, a close
// approximation above); free units never dominate an occupied cell, so one file in a mostly
// free cell still shows, lighter by its occupancy.
//
// The summary is for one point in the log's history (time(): entries [0, time) applied).
// Moving to another time updates only the cells the entries in between claim, and rebuilds
// everything when that would be more work.
#pragma once

#include "core/heatmap/AllocationTimeline.h"

#include <cstdint>
#include <vector>

namespace famscope::heatmap {

struct CellSummary {
    uint32_t dominant = kCellFree; // owner code holding the most units (kCellFree: all free)
    uint64_t dominantAus = 0;
    uint64_t usedAus = 0; // units not free
    bool operator==(const CellSummary&) const = default;
};

class HeatmapSummary {
public:
    // Stored base cells at most: bounds memory for any device (24 bytes per cell, twice).
    static constexpr uint64_t kMaxBaseCells = uint64_t{1} << 20;
    static constexpr int kMinBaseLevel = 3;

    // Starts at the final state: every entry applied.
    explicit HeatmapSummary(const AllocationTimeline& timeline);

    const AllocationTimeline& timeline() const { return timeline_; }
    uint64_t time() const { return time_; }
    void setTime(uint64_t time); // clamped to entryCount()

    int baseLevel() const { return baseLevel_; }
    int topLevel() const { return topLevel_; } // one cell covers the device
    static uint64_t cellCount(uint64_t nbits, int level);
    uint64_t cellCount(int level) const { return cellCount(timeline_.nbits(), level); }

    // Cells [firstCell, firstCell + count) of `level` into out (resized); cells past the device
    // are empty (all free, no units).
    void cells(int level, uint64_t firstCell, uint64_t count, std::vector<CellSummary>& out) const;
    CellSummary cell(int level, uint64_t index) const;

    size_t memoryBytes() const;

private:
    void rebuild();
    void recomputeUnits(const AuRange& units); // base cells over `units`, then their parents
    void computeFromRuns(int level, uint64_t firstCell, uint64_t count, CellSummary* out) const;
    static CellSummary combine(const CellSummary& a, const CellSummary& b);

    const AllocationTimeline& timeline_;
    uint64_t time_ = 0;
    int baseLevel_ = kMinBaseLevel;
    int topLevel_ = 0;
    std::vector<std::vector<CellSummary>> stored_; // [level - baseLevel_][cell]
};

} // namespace famscope::heatmap
