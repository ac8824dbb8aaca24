#include "core/heatmap/GridMarks.h"

#include <algorithm>

namespace famscope::heatmap {

std::vector<CellRun> pieceRuns(const GridGeometry& grid, const AuRange& piece) {
    std::vector<CellRun> runs;
    if (grid.rows == 0 || piece.size() == 0)
        return runs;
    const uint64_t top = grid.topRow;
    const uint64_t bottom = grid.topRow + grid.rows; // exclusive
    const uint64_t c0 = piece.first >> grid.level;
    const uint64_t c1 = (piece.end - 1) >> grid.level;
    const uint64_t r0 = c0 / grid.cols;
    const uint64_t r1 = c1 / grid.cols;
    if (r1 < top || r0 >= bottom)
        return runs;
    for (uint64_t r = std::max(r0, top); r <= std::min(r1, bottom - 1); ++r) {
        const uint64_t from = r == r0 ? c0 % grid.cols : 0;
        const uint64_t to = r == r1 ? c1 % grid.cols : grid.cols - 1;
        runs.push_back({static_cast<uint32_t>(r - top), static_cast<uint32_t>(from),
                        static_cast<uint32_t>(to - from + 1)});
    }
    return runs;
}

std::vector<ChunkCell> stripChunkCells(const GridGeometry& grid, const AuRange& piece,
                                       uint64_t strip, uint64_t nstrips, uint64_t unitsPerChunk) {
    std::vector<ChunkCell> cells;
    if (grid.level != 0 || unitsPerChunk == 0)
        return cells;
    const uint64_t top = grid.topRow;
    const uint64_t bottom = grid.topRow + grid.rows; // exclusive
    for (uint64_t au = piece.first; au < piece.end; au += unitsPerChunk) {
        const uint64_t row = au / grid.cols;
        if (row < top || row >= bottom)
            continue;
        const uint64_t fileChunk = (au - piece.first) / unitsPerChunk * nstrips + strip;
        cells.push_back(
            {{static_cast<uint32_t>(row - top), static_cast<uint32_t>(au % grid.cols), 1},
             fileChunk});
    }
    return cells;
}

std::vector<bool> collidingCells(const AllocationTimeline& timeline, const GridGeometry& grid,
                                 uint64_t time) {
    const uint64_t first = grid.firstVisibleCell();
    const uint64_t count = grid.visibleCellCount();
    std::vector<bool> out(count, false);
    const auto& collisions = timeline.collisionSegments();
    size_t seg = 0; // cells come in unit order: walk the collision segments alongside
    for (uint64_t i = 0; i < count; ++i) {
        const AuRange units = grid.unitsOfCell(first + i);
        while (seg < collisions.size() && collisions[seg].range.end <= units.first)
            ++seg;
        for (size_t s = seg; s < collisions.size() && collisions[s].range.first < units.end; ++s)
            if (collisions[s].firstSecondClaim < time) {
                out[i] = true;
                break;
            }
    }
    return out;
}

std::vector<RowLabel> rowLabels(const GridGeometry& grid, uint64_t allocUnit, int labelHeight) {
    std::vector<RowLabel> labels;
    if (grid.rows == 0)
        return labels;
    uint64_t every = 1;
    while (every * grid.cellH < static_cast<uint64_t>(std::max(labelHeight, 0)))
        every *= 2;
    const uint64_t bytesPerRow = uint64_t{grid.cols} * grid.unitsPerCell() * allocUnit;
    for (uint32_t r = 0; r < grid.rows; ++r)
        if ((grid.topRow + r) % every == 0)
            labels.push_back({r, (grid.topRow + r) * bytesPerRow});
    return labels;
}

} // namespace famscope::heatmap
