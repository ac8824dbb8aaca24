// Where the heatmap's cells are on screen: the device laid out row by row like a hex dump, one
// square per 2^level allocation units. Zooming in halves the units per cell (then, at one unit
// per cell, enlarges the squares); panning moves the first row shown. Pure geometry, shared by
// the widget, the exporters and the hit tests.
#pragma once

#include "core/heatmap/AllocationTimeline.h"

#include <cstdint>
#include <optional>
#include <utility>

namespace famscope::heatmap {

struct GridGeometry {
    static constexpr uint32_t kMinCellPx = 3;
    static constexpr uint32_t kMaxCellPx = 64;

    uint64_t nbits = 0;
    int level = 0;       // 2^level units per cell
    uint32_t cellPx = 8; // width of a cell in pixels
    uint32_t cellH = 8;  // its height: taller than wide only when stretched to fill the area
    uint32_t cols = 1;   // cells per row
    uint32_t rows = 0;   // rows shown (the last may be partly off the bottom)
    uint64_t topRow = 0; // first row shown
    uint32_t width = 0;  // the area, in pixels
    uint32_t height = 0;

    uint64_t unitsPerCell() const { return uint64_t{1} << level; }
    uint64_t cellCount() const;
    uint64_t totalRows() const;
    uint64_t firstVisibleCell() const { return topRow * cols; }
    uint64_t visibleCellCount() const;        // cells of the rows shown that exist
    AuRange unitsOfCell(uint64_t cell) const; // clipped to the device
    AuRange visibleUnits() const;
    // The cell at pixel (x, y), when there is one.
    std::optional<uint64_t> cellAt(int x, int y) const;
    // Top-left pixel of a cell (may be outside the area when not visible).
    struct Point {
        int64_t x = 0;
        int64_t y = 0;
    };
    Point cellOrigin(uint64_t cell) const;
    bool operator==(const GridGeometry&) const = default;
};

// A grid of `level` and cells of `cellPx` (height `cellH`, 0: square) over an area, first row
// clamped so the view never scrolls past the end.
GridGeometry makeGrid(uint64_t nbits, uint32_t width, uint32_t height, int level, uint32_t cellPx,
                      uint64_t topRow, uint32_t cellH = 0);
// The finest grid that shows the whole device in the area, with the largest squares; the
// rows are then stretched (up to twice the width) to fill the height that levels of powers
// of two would leave empty.
GridGeometry fitGrid(uint64_t nbits, uint32_t width, uint32_t height);
// The whole device in the area with the largest cells. fitGrid keeps room to zoom in (squares
// of at most half the largest size), which leaves a small device a small square in a big view;
// here the squares of a device shown one unit per cell grow up to kMaxCellPx, so the grid
// fills the area it has (the window's overview).
GridGeometry fillGrid(uint64_t nbits, uint32_t width, uint32_t height);
// One zoom step in (steps > 0) or out (steps < 0), keeping the unit under (x, y) under it.
// Never zooms out past the fitting grid, nor in past one unit at kMaxCellPx.
GridGeometry zoomGrid(const GridGeometry& grid, int steps, int x, int y);
// The window's zoom: zoomGrid, except that zooming out ends at the whole device filling the
// area (fillGrid), not at fitGrid's smaller squares.
GridGeometry zoomViewGrid(const GridGeometry& grid, int steps, int x, int y);
// The grid for a new area: an overview (fillGrid) stays one; any other grid keeps its level,
// its cell size and the first unit it shows.
GridGeometry resizedGrid(const GridGeometry& grid, uint32_t width, uint32_t height);
// The grid that puts unit `au` in the first row shown (or as close as the end allows).
GridGeometry scrollToUnit(const GridGeometry& grid, uint64_t au);
// The grid with its first row moved down (rows > 0) or up, clamped to the device.
GridGeometry panGrid(const GridGeometry& grid, int64_t rows);

// The overview strip under the view, `width` pixels showing the whole device: the coarsest
// level up to `topLevel` with at least one cell per pixel, as one row of kMinCellPx squares
// (at most 2^16 of them; the strip is drawn scaled to its width).
GridGeometry stripGrid(uint64_t nbits, int topLevel, uint32_t width);
// The unit under pixel `x` of a strip `width` pixels wide, and the pixels [first, end) that
// show `units` (at least 3 wide, so a tiny range stays visible).
uint64_t stripUnitAt(uint64_t nbits, int x, int width);
std::pair<int, int> stripSpan(uint64_t nbits, const AuRange& units, int width);

} // namespace famscope::heatmap
