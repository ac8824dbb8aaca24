// The touches of one run: one byte per expected page, as offsets into the mapping, in
// sequential or random order. Built before timing so the timed loop only loads and touches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace famscope::bench {

enum class AccessKind { Read, Write };
enum class Order { Sequential, Random };

// Offsets 0, pageSize, 2*pageSize, ... below `length`; shuffled (Fisher-Yates, seeded) for
// Random so every page is touched exactly once in an order the prefetcher cannot follow.
std::vector<uint64_t> touchOffsets(uint64_t length, uint64_t pageSize, Order order, uint64_t seed);

// The value written by write touches: never zero, so a page of zeros proves nothing was written.
inline constexpr uint8_t kTouchValue = 0xA5;

// The timed loops. `volatile` keeps every load and store; nothing else happens per touch.
// AddressSanitizer would check its shadow memory on every touch and fault shadow pages in
// along with the benchmark's, so the loops are not instrumented.
#define FAMSCOPE_UNINSTRUMENTED __attribute__((no_sanitize("address")))

FAMSCOPE_UNINSTRUMENTED inline uint64_t touchRead(const uint8_t* base, const uint64_t* offsets,
                                                  size_t count) {
    uint64_t sum = 0;
    for (size_t i = 0; i < count; ++i)
        sum += *static_cast<const volatile uint8_t*>(base + offsets[i]);
    return sum;
}

FAMSCOPE_UNINSTRUMENTED inline void touchWrite(uint8_t* base, const uint64_t* offsets,
                                               size_t count) {
    for (size_t i = 0; i < count; ++i)
        *static_cast<volatile uint8_t*>(base + offsets[i]) = kTouchValue;
}

} // namespace famscope::bench
