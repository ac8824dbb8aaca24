// What the heatmap draws over its cells, as grid positions: the runs of cells a file's piece
// covers on each row shown (its outline), the cell of every chunk of a strip (chunk numbers),
// and which cells hold a collision at a point of the log. Pure arithmetic over units and
// extents, so the painting code only turns cells into pixels.
#pragma once

#include "core/heatmap/AllocationTimeline.h"
#include "core/heatmap/HeatmapGrid.h"

#include <cstdint>
#include <vector>

namespace famscope::heatmap {

// Cells [firstCol, firstCol + cols) of row `row`, counted from the first row shown.
struct CellRun {
    uint32_t row = 0;
    uint32_t firstCol = 0;
    uint32_t cols = 0;
    bool operator==(const CellRun&) const = default;
};

// The runs of the cells that hold `piece` on the rows shown, top to bottom; none for an empty
// piece or one off the rows shown.
std::vector<CellRun> pieceRuns(const GridGeometry& grid, const AuRange& piece);

// The cell (a one-column run) of a chunk of an interleaved file and the chunk's number in the
// file.
struct ChunkCell {
    CellRun cell;
    uint64_t fileChunk = 0;
    bool operator==(const ChunkCell&) const = default;
};

// The first cell of every chunk of strip `strip` of `nstrips` that lies on the rows shown, on a
// grid of one unit per cell (level 0). Strip j holds file chunks j, j + n, j + 2n, ... in that
// order (famfs's interleave).
std::vector<ChunkCell> stripChunkCells(const GridGeometry& grid, const AuRange& piece,
                                       uint64_t strip, uint64_t nstrips, uint64_t unitsPerChunk);

// For each cell shown (grid.firstVisibleCell() on, grid.visibleCellCount() of them): whether a
// unit in it is claimed twice after the first `time` log entries.
std::vector<bool> collidingCells(const AllocationTimeline& timeline, const GridGeometry& grid,
                                 uint64_t time);

// The device offsets in the gutter left of the grid: one on every `every`-th row of the
// device, `every` the smallest power of two whose rows span `labelHeight` pixels, so the
// offsets are round numbers and never overlap.
struct RowLabel {
    uint32_t row = 0;    // counted from the first row shown
    uint64_t offset = 0; // device offset of the row's first byte
    bool operator==(const RowLabel&) const = default;
};
std::vector<RowLabel> rowLabels(const GridGeometry& grid, uint64_t allocUnit, int labelHeight);

} // namespace famscope::heatmap
