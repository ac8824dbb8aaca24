// One bit per allocation unit, set in ranges: what famfs's fsck and allocator keep
// (famfs_build_bitmap). fsck's allocation map uses it without owners once claims come out of
// order (AllocationMap.cpp), and the editing allocator's bitmap holds one
// (edit/AllocationBitmap.h).
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace famscope::fs {

class UnitBits {
public:
    UnitBits() = default;
    explicit UnitBits(uint64_t units) : words_(units / 64 + 1, 0), units_(units) {}

    uint64_t units() const { return units_; }
    bool test(uint64_t unit) const {
        return unit < units_ && ((words_[unit / 64] >> (unit % 64)) & 1) != 0;
    }

    // Sets units [first, end), end <= units(), a word at a time. True when none of them was set
    // before (an overlap sets them all the same).
    bool set(uint64_t first, uint64_t end) {
        uint64_t overlap = 0;
        for (uint64_t unit = first; unit < end;) {
            const auto bit = static_cast<unsigned>(unit % 64);
            const uint64_t n = std::min<uint64_t>(64 - bit, end - unit);
            const uint64_t mask = (n == 64 ? ~uint64_t{0} : (uint64_t{1} << n) - 1) << bit;
            uint64_t& word = words_[unit / 64];
            overlap |= word & mask;
            word |= mask;
            unit += n;
        }
        return overlap == 0;
    }

    // The first unit from `unit` on whose bit is not `set`, or units() (the bits past it are
    // clear).
    uint64_t nextChange(uint64_t unit, bool set) const {
        while (unit < units_) {
            const uint64_t word = words_[unit / 64];
            const uint64_t differ = (set ? ~word : word) >> (unit % 64);
            if (differ != 0)
                return std::min(unit + static_cast<uint64_t>(std::countr_zero(differ)), units_);
            unit = (unit / 64 + 1) * 64;
        }
        return units_;
    }

    uint64_t countSet() const {
        uint64_t n = 0;
        for (const uint64_t w : words_)
            n += static_cast<uint64_t>(std::popcount(w));
        return n;
    }

private:
    std::vector<uint64_t> words_;
    uint64_t units_ = 0;
};

} // namespace famscope::fs
