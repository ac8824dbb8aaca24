#include "core/heatmap/LegendFlow.h"

namespace famscope::heatmap {

LegendFlow flowLegend(const std::vector<int>& itemWidths, int width, int gap) {
    LegendFlow flow;
    int x = 0;
    for (const int w : itemWidths) {
        if (x > 0 && x + w > width) {
            x = 0;
            ++flow.lines;
        }
        flow.spots.push_back({x, flow.lines - 1});
        x += w + gap;
    }
    return flow;
}

} // namespace famscope::heatmap
