// The heatmap's cells as pixels, without Qt: colours packed as 0xffRRGGBB (what Qt's QRgb and
// a QImage::Format_RGB32 scan line hold), each cell a block of px x ph pixels written straight
// into a frame, so that a paint is one pass over memory and one unscaled blit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace famscope::heatmap {

using Rgb = uint32_t;

constexpr Rgb rgb(int r, int g, int b) {
    return 0xff000000u | (static_cast<Rgb>(r & 0xff) << 16) | (static_cast<Rgb>(g & 0xff) << 8) |
           static_cast<Rgb>(b & 0xff);
}

// A partly used cell: the owner's colour `c` faded towards `free` by the unused share, keeping
// at least 45% of the colour so that a single file in a large cell is still seen.
Rgb fadedRgb(Rgb c, Rgb free, uint64_t used, uint64_t units);

// Fills `rows` x `cols` cells of `colours` (row by row) into `frame`, whose rows are `stride`
// pixels apart. Cells of 6 pixels and more get a separator line on their right and bottom edge:
// the cell's colour lifted towards white.
void fillCells(Rgb* frame, size_t stride, const std::vector<Rgb>& colours, uint32_t rows,
               uint32_t cols, int px, int ph);

// The runs of equal colour in one row of cells, left to right (one rectangle each in SVG).
struct ColourRun {
    uint32_t first = 0;
    uint32_t end = 0;
    Rgb colour = 0;
    bool operator==(const ColourRun&) const = default;
};
std::vector<ColourRun> colourRuns(const Rgb* row, uint32_t cols);

} // namespace famscope::heatmap
