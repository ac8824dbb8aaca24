#include "core/report/CardPlacement.h"

#include <algorithm>
#include <array>

namespace famscope::report {

long long overlapArea(const Box& a, const Box& b) {
    const int w = std::min(a.x + a.width, b.x + b.width) - std::max(a.x, b.x);
    const int h = std::min(a.y + a.height, b.y + b.height) - std::max(a.y, b.y);
    return w > 0 && h > 0 ? 1LL * w * h : 0;
}

Box leastCoveringCorner(const Box& area, int width, int height, const Box& avoid) {
    const int right = area.x + area.width - width;
    const int bottom = area.y + area.height - height;
    const std::array<Box, 4> corners = {
        Box{right, bottom, width, height}, Box{area.x, bottom, width, height},
        Box{right, area.y, width, height}, Box{area.x, area.y, width, height}};
    return *std::min_element(corners.begin(), corners.end(), [&](const Box& a, const Box& b) {
        return overlapArea(a, avoid) < overlapArea(b, avoid);
    });
}

} // namespace famscope::report
