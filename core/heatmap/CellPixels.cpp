#include "core/heatmap/CellPixels.h"

#include <algorithm>
#include <cstring>

namespace famscope::heatmap {

namespace {

int red(Rgb c) {
    return static_cast<int>((c >> 16) & 0xff);
}
int green(Rgb c) {
    return static_cast<int>((c >> 8) & 0xff);
}
int blue(Rgb c) {
    return static_cast<int>(c & 0xff);
}

} // namespace

Rgb fadedRgb(Rgb c, Rgb free, uint64_t used, uint64_t units) {
    if (used >= units)
        return c;
    const double k =
        0.45 + 0.55 * static_cast<double>(used) / static_cast<double>(units == 0 ? 1 : units);
    const auto mix = [k](int a, int b) { return static_cast<int>(a + (b - a) * k); };
    return rgb(mix(red(free), red(c)), mix(green(free), green(c)), mix(blue(free), blue(c)));
}

void fillCells(Rgb* frame, size_t stride, const std::vector<Rgb>& colours, uint32_t rows,
               uint32_t cols, int px, int ph) {
    const bool separators = px >= 6;
    const int keep = px >= 12 ? 55 : 135; // how much of the cell colour a separator keeps
    const auto separator = [keep](Rgb c) {
        const auto lift = [keep](int v) { return 255 - (255 - v) * keep / 255; };
        return rgb(lift(red(c)), lift(green(c)), lift(blue(c)));
    };
    const size_t width = size_t{cols} * static_cast<size_t>(px);
    for (uint32_t r = 0; r < rows; ++r) {
        Rgb* line = frame + size_t{r} * static_cast<size_t>(ph) * stride;
        const Rgb* rowColours = colours.data() + size_t{r} * cols;
        for (uint32_t c = 0; c < cols; ++c) {
            Rgb* cell = line + size_t{c} * static_cast<size_t>(px);
            std::fill(cell, cell + px, rowColours[c]);
            if (separators)
                cell[px - 1] = separator(rowColours[c]);
        }
        const int body = separators ? ph - 1 : ph;
        for (int y = 1; y < body; ++y)
            std::memcpy(line + static_cast<size_t>(y) * stride, line, width * sizeof(Rgb));
        if (separators) {
            Rgb* last = line + static_cast<size_t>(ph - 1) * stride;
            for (size_t x = 0; x < width; ++x)
                last[x] = separator(line[x]);
        }
    }
}

std::vector<ColourRun> colourRuns(const Rgb* row, uint32_t cols) {
    std::vector<ColourRun> runs;
    for (uint32_t c = 0; c < cols;) {
        uint32_t end = c + 1;
        while (end < cols && row[end] == row[c])
            ++end;
        runs.push_back({c, end, row[c]});
        c = end;
    }
    return runs;
}

} // namespace famscope::heatmap
