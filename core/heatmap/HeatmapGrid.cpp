#include "core/heatmap/HeatmapGrid.h"

#include "core/heatmap/HeatmapSummary.h"

#include <algorithm>

namespace famscope::heatmap {

uint64_t GridGeometry::cellCount() const {
    return HeatmapSummary::cellCount(nbits, level);
}

uint64_t GridGeometry::totalRows() const {
    const uint64_t cells = cellCount();
    return cells / cols + (cells % cols != 0 ? 1 : 0);
}

uint64_t GridGeometry::visibleCellCount() const {
    const uint64_t first = firstVisibleCell();
    const uint64_t cells = cellCount();
    return first >= cells ? 0 : std::min<uint64_t>(uint64_t{rows} * cols, cells - first);
}

AuRange GridGeometry::unitsOfCell(uint64_t cell) const {
    const uint64_t first = cell << level;
    if (first >= nbits)
        return {nbits, nbits};
    return {first, std::min(nbits, first + unitsPerCell())};
}

AuRange GridGeometry::visibleUnits() const {
    const uint64_t n = visibleCellCount();
    if (n == 0)
        return {};
    return {unitsOfCell(firstVisibleCell()).first, unitsOfCell(firstVisibleCell() + n - 1).end};
}

std::optional<uint64_t> GridGeometry::cellAt(int x, int y) const {
    if (x < 0 || y < 0 || cellPx == 0 || cellH == 0)
        return std::nullopt;
    const uint64_t col = static_cast<uint64_t>(x) / cellPx;
    const uint64_t row = static_cast<uint64_t>(y) / cellH;
    if (col >= cols || row >= rows)
        return std::nullopt;
    const uint64_t cell = (topRow + row) * cols + col;
    if (cell >= cellCount())
        return std::nullopt;
    return cell;
}

GridGeometry::Point GridGeometry::cellOrigin(uint64_t cell) const {
    const uint64_t row = cell / cols;
    const uint64_t col = cell % cols;
    return {static_cast<int64_t>(col * cellPx),
            (static_cast<int64_t>(row) - static_cast<int64_t>(topRow)) *
                static_cast<int64_t>(cellH)};
}

GridGeometry makeGrid(uint64_t nbits, uint32_t width, uint32_t height, int level, uint32_t cellPx,
                      uint64_t topRow, uint32_t cellH) {
    GridGeometry g;
    g.nbits = nbits;
    g.width = width;
    g.height = height;
    g.level = std::clamp(level, 0, 63);
    g.cellPx = std::clamp(cellPx, GridGeometry::kMinCellPx, GridGeometry::kMaxCellPx);
    g.cellH = std::clamp(cellH == 0 ? g.cellPx : cellH, g.cellPx, 2 * g.cellPx);
    g.cols = std::max<uint32_t>(1, width / g.cellPx);
    const uint64_t fullRows = height / g.cellH;
    const uint64_t total = g.totalRows();
    g.topRow = total > fullRows ? std::min(topRow, total - fullRows) : 0;
    const uint64_t wanted = height / g.cellH + (height % g.cellH != 0 ? 1 : 0);
    g.rows = static_cast<uint32_t>(std::min(wanted, total - std::min(total, g.topRow)));
    return g;
}

namespace {

// The grid of `level` with the largest squares from `largestPx` down to `smallestPx` that
// shows every cell in the area, its rows stretched to fill the height; none when none fits.
std::optional<GridGeometry> wholeDeviceGrid(uint64_t nbits, uint32_t width, uint32_t height,
                                            int level, uint32_t largestPx, uint32_t smallestPx) {
    const uint64_t cells = HeatmapSummary::cellCount(nbits, level);
    for (uint32_t px = largestPx; px >= smallestPx; --px) {
        const uint64_t cols = std::max<uint32_t>(1, width / px);
        const uint64_t rows = cells / cols + (cells % cols != 0 ? 1 : 0);
        if (rows * px <= height)
            return makeGrid(nbits, width, height, level, px, 0,
                            static_cast<uint32_t>(height / std::max<uint64_t>(rows, 1)));
    }
    return std::nullopt;
}

} // namespace

GridGeometry fitGrid(uint64_t nbits, uint32_t width, uint32_t height) {
    for (int level = 0; level < 63; ++level)
        if (const auto g = wholeDeviceGrid(nbits, width, height, level,
                                           GridGeometry::kMaxCellPx / 2, GridGeometry::kMinCellPx))
            return *g;
    return makeGrid(nbits, width, height, 63, GridGeometry::kMinCellPx, 0);
}

GridGeometry fillGrid(uint64_t nbits, uint32_t width, uint32_t height) {
    const GridGeometry fit = fitGrid(nbits, width, height);
    if (fit.level != 0 || nbits == 0)
        return fit;
    return wholeDeviceGrid(nbits, width, height, 0, GridGeometry::kMaxCellPx, fit.cellPx + 1)
        .value_or(fit);
}

GridGeometry zoomGrid(const GridGeometry& grid, int steps, int x, int y) {
    const GridGeometry fit = fitGrid(grid.nbits, grid.width, grid.height);
    const std::optional<uint64_t> anchorCell = grid.cellAt(x, y);
    const uint64_t anchorAu =
        anchorCell ? grid.unitsOfCell(*anchorCell).first : grid.visibleUnits().first;
    int level = grid.level;
    uint32_t px = grid.cellPx;
    for (; steps > 0; --steps) { // in: finer units first, then bigger squares
        if (level > 0)
            --level;
        else
            px = std::min(GridGeometry::kMaxCellPx, px * 2);
    }
    for (; steps < 0; ++steps) { // out: smaller squares back to the fitting size, then coarser
        if (px > fit.cellPx && level == 0)
            px = std::max(fit.cellPx, px / 2);
        else if (level < fit.level)
            ++level;
    }
    if (level > fit.level || (level == fit.level && px <= fit.cellPx))
        return fit;
    GridGeometry g = makeGrid(grid.nbits, grid.width, grid.height, level, px, 0);
    // Keep the anchor unit on the row under the pointer.
    const uint64_t anchorRow = (anchorAu >> level) / g.cols;
    const uint64_t screenRow = y > 0 ? static_cast<uint64_t>(y) / px : 0;
    return makeGrid(grid.nbits, grid.width, grid.height, level, px,
                    anchorRow > screenRow ? anchorRow - screenRow : 0);
}

GridGeometry scrollToUnit(const GridGeometry& grid, uint64_t au) {
    return makeGrid(grid.nbits, grid.width, grid.height, grid.level, grid.cellPx,
                    (au >> grid.level) / grid.cols, grid.cellH);
}

GridGeometry panGrid(const GridGeometry& grid, int64_t rows) {
    const auto magnitude = static_cast<uint64_t>(rows < 0 ? -rows : rows);
    const uint64_t top =
        rows < 0 ? grid.topRow - std::min(grid.topRow, magnitude) : grid.topRow + magnitude;
    return makeGrid(grid.nbits, grid.width, grid.height, grid.level, grid.cellPx, top, grid.cellH);
}

GridGeometry zoomViewGrid(const GridGeometry& grid, int steps, int x, int y) {
    const GridGeometry zoomed = zoomGrid(grid, steps, x, y);
    const bool whole = zoomed == fitGrid(zoomed.nbits, zoomed.width, zoomed.height) ||
                       (steps < 0 && grid == fillGrid(grid.nbits, grid.width, grid.height));
    return whole ? fillGrid(zoomed.nbits, zoomed.width, zoomed.height) : zoomed;
}

GridGeometry resizedGrid(const GridGeometry& grid, uint32_t width, uint32_t height) {
    if (grid.width == 0 || grid == fillGrid(grid.nbits, grid.width, grid.height))
        return fillGrid(grid.nbits, width, height);
    const GridGeometry resized = makeGrid(grid.nbits, width, height, grid.level, grid.cellPx, 0);
    return scrollToUnit(resized, grid.visibleUnits().first);
}

GridGeometry stripGrid(uint64_t nbits, int topLevel, uint32_t width) {
    int level = topLevel;
    while (level > 0 && HeatmapSummary::cellCount(nbits, level) < width)
        --level;
    const uint64_t cells = std::min<uint64_t>(HeatmapSummary::cellCount(nbits, level), 1u << 16);
    constexpr uint32_t px = GridGeometry::kMinCellPx;
    return makeGrid(nbits, static_cast<uint32_t>(cells) * px, px, level, px, 0);
}

uint64_t stripUnitAt(uint64_t nbits, int x, int width) {
    if (width <= 0)
        return 0;
    const double f = std::clamp(static_cast<double>(x) / width, 0.0, 1.0);
    return std::min<uint64_t>(static_cast<uint64_t>(f * static_cast<double>(nbits)),
                              nbits ? nbits - 1 : 0);
}

std::pair<int, int> stripSpan(uint64_t nbits, const AuRange& units, int width) {
    const double scale = static_cast<double>(width) / static_cast<double>(nbits);
    const int first = static_cast<int>(static_cast<double>(units.first) * scale);
    return {first, std::max(first + 3, static_cast<int>(static_cast<double>(units.end) * scale))};
}

} // namespace famscope::heatmap
