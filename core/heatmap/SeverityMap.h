// fsck findings placed on the device, for the heatmap's severity colouring: each finding that
// names units (an allocation range, a FILE entry's extents, or a device offset) marks them with
// its severity; overlapping marks keep the worst. Stored as disjoint sorted segments, so a
// query over any cell is a binary search.
#pragma once

#include "core/fsck/Finding.h"
#include "core/heatmap/AllocationTimeline.h"

#include <cstdint>
#include <vector>

namespace famscope::heatmap {

// Ordered so that a larger value is worse.
enum class CellSeverity : uint8_t { None = 0, Info = 1, Warning = 2, Error = 3 };
CellSeverity cellSeverity(fsck::Severity s);

class SeverityMap {
public:
    SeverityMap() = default;
    SeverityMap(const std::vector<fsck::Finding>& findings, const AllocationTimeline& timeline);

    bool empty() const { return segments_.empty(); }
    CellSeverity worstIn(uint64_t first, uint64_t end) const;
    // Indices into the findings given to the constructor that mark unit `au`.
    std::vector<size_t> findingsAt(uint64_t au) const;
    // The units a finding marks (exposed for tests and the hover text).
    static std::vector<AuRange> unitsOf(const fsck::Finding& finding,
                                        const AllocationTimeline& timeline);

private:
    struct Segment {
        AuRange range;
        CellSeverity severity;
    };
    struct Mark {
        AuRange range;
        size_t finding;
    };
    std::vector<Segment> segments_;
    std::vector<Mark> marks_; // sorted by first unit
};

} // namespace famscope::heatmap
