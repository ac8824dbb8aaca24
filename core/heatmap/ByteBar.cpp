#include "core/heatmap/ByteBar.h"

#include <algorithm>

namespace famscope::heatmap {

uint64_t byteAtPixel(int x, int width, uint64_t size) {
    if (size == 0 || width <= 0)
        return 0;
    const long double share = std::clamp(static_cast<long double>(x) / width, 0.0L, 1.0L);
    const auto offset = static_cast<uint64_t>(share * static_cast<long double>(size));
    return std::min(offset, size - 1);
}

int pixelOfByte(uint64_t offset, int width, uint64_t size) {
    if (size == 0)
        return 0;
    const long double share = static_cast<long double>(std::min(offset, size)) / size;
    return static_cast<int>(share * width);
}

} // namespace famscope::heatmap
