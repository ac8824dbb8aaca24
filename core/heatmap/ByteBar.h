// A byte range [0, size) drawn across a bar `width` pixels wide (the resolver's file bar): the
// byte a pixel picks and the pixel a byte is drawn at. Computed in long double: offset * width
// must not overflow 64 bits for sizes near 2^64.
#pragma once

#include <cstdint>

namespace famscope::heatmap {

// The byte under pixel `x` (clamped to the bar), in [0, size); 0 for an empty range or bar.
uint64_t byteAtPixel(int x, int width, uint64_t size);
// The pixel of byte `offset` (clamped to the range), in [0, width]; 0 for an empty range.
int pixelOfByte(uint64_t offset, int width, uint64_t size);

} // namespace famscope::heatmap
