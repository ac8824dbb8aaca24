#include "core/bench/TouchPlan.h"

#include <random>
#include <utility>

namespace famscope::bench {

std::vector<uint64_t> touchOffsets(uint64_t length, uint64_t pageSize, Order order, uint64_t seed) {
    std::vector<uint64_t> offsets;
    if (pageSize == 0)
        return offsets;
    offsets.reserve(static_cast<size_t>(length / pageSize));
    for (uint64_t off = 0; off + pageSize <= length; off += pageSize)
        offsets.push_back(off);
    if (order == Order::Random && offsets.size() > 1) {
        std::mt19937_64 rng(seed);
        for (size_t i = offsets.size() - 1; i > 0; --i) {
            std::uniform_int_distribution<size_t> pick(0, i);
            std::swap(offsets[i], offsets[pick(rng)]);
        }
    }
    return offsets;
}

} // namespace famscope::bench
