// Where the window's guided tour puts its card: in the corner of the free area that covers
// least of the frame around the widget the step talks about. Plain integer boxes, so the rule
// is tested without a window.
#pragma once

namespace famscope::report {

struct Box {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool operator==(const Box&) const = default;
};

// The pixels `a` and `b` share.
long long overlapArea(const Box& a, const Box& b);

// A card of `width` x `height` in a corner of `area`: bottom right, bottom left, top right or
// top left, the first of them that covers least of `avoid`.
Box leastCoveringCorner(const Box& area, int width, int height, const Box& avoid);

} // namespace famscope::report
