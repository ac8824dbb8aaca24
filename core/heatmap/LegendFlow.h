// Where the heatmap legend's items go: left to right with a gap between them, wrapping to a
// new line when the next item would pass the width. The widget and the exported pictures
// measure the items; this places them, so a painted legend and its reserved height agree.
#pragma once

#include <vector>

namespace famscope::heatmap {

struct LegendFlow {
    struct Spot {
        int x = 0;    // from the left edge
        int line = 0; // 0 for the first line
        bool operator==(const Spot&) const = default;
    };
    std::vector<Spot> spots; // one per item, in order
    int lines = 1;           // lines used (one even when there is no item)
};

// An item wider than `width` gets a line of its own.
LegendFlow flowLegend(const std::vector<int>& itemWidths, int width, int gap);

} // namespace famscope::heatmap
