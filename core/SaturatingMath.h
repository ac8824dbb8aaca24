// Arithmetic on sizes and offsets read from media, which may be anything up to 2^64 - 1: a sum
// or product that would wrap is clamped to UINT64_MAX instead, so a damaged field shows as an
// absurdly large number rather than a small wrong one.
#pragma once

#include <cstdint>

namespace famscope {

constexpr uint64_t satAdd(uint64_t a, uint64_t b) {
    return b > UINT64_MAX - a ? UINT64_MAX : a + b;
}

// The overflow test of the multiply itself, not a division: fsck multiplies for every file.
constexpr uint64_t satMul(uint64_t a, uint64_t b) {
    uint64_t product = 0;
    return __builtin_mul_overflow(a, b, &product) ? UINT64_MAX : product;
}

} // namespace famscope
