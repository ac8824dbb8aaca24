// Which famfs structure field covers which device bytes (Okteta's Structures tool, for famfs):
// the superblock, the log header and every log entry slot in use, named after the C fields.
// Computed on demand for the visible range from the core field tables, so a log with
// thousands of entries costs nothing until it is scrolled into view.
#pragma once

#include "ui/document/Snapshot.h"

#include <QString>

#include <memory>
#include <vector>

namespace famscope::ui {

struct OverlayRegion {
    uint64_t offset = 0;
    uint64_t size = 0;
    QString name;   // "superblock.ts_magic", "entry 3.fm_size"
    int colour = 0; // index into the view's overlay palette
};

class StructureOverlay {
public:
    explicit StructureOverlay(std::shared_ptr<const Snapshot> snapshot);

    // Regions intersecting [begin, end), sorted by offset.
    std::vector<OverlayRegion> regionsIn(uint64_t begin, uint64_t end) const;
    // The region holding `offset`, or one with size 0 when none does.
    OverlayRegion regionAt(uint64_t offset) const;

private:
    std::shared_ptr<const Snapshot> snapshot_;
};

} // namespace famscope::ui
