#include "core/edit/AllocationBitmap.h"

#include "core/fs/AllocationMap.h"

#include <bit>

namespace famscope::edit {

AllocationBitmap::AllocationBitmap(uint64_t nbits, uint64_t unit)
    : words_((nbits + 63) / 64, 0), nbits_(nbits), unit_(unit == 0 ? famfs::kAllocUnit : unit) {}

AllocationBitmap AllocationBitmap::fromFileSystem(const fs::LoadedFs& fs) {
    return fromAllocationMap(fs::buildAllocationMap(fs));
}

AllocationBitmap AllocationBitmap::fromAllocationMap(const fs::AllocationMap& map) {
    AllocationBitmap bm(map.nbits, map.allocUnit);
    for (const fs::OwnerRun& r : map.runs)
        if (r.owner != fs::kOwnerFree)
            bm.set(r.firstAu, r.auCount);
    return bm;
}

bool AllocationBitmap::test(uint64_t bit) const {
    return bit < nbits_ && ((words_[bit / 64] >> (bit % 64)) & 1U);
}

void AllocationBitmap::set(uint64_t first, uint64_t count) {
    for (uint64_t b = first; b < nbits_ && b - first < count; ++b)
        words_[b / 64] |= uint64_t{1} << (b % 64);
}

bool AllocationBitmap::rangeFree(uint64_t first, uint64_t count) const {
    if (first > nbits_ || count > nbits_ - first)
        return false;
    for (uint64_t b = first; b < first + count; ++b)
        if (test(b))
            return false;
    return true;
}

uint64_t AllocationBitmap::countSet() const {
    uint64_t n = 0;
    for (uint64_t w : words_)
        n += static_cast<uint64_t>(std::popcount(w));
    return n;
}

std::optional<uint64_t> AllocationBitmap::firstFit(uint64_t from, uint64_t limit,
                                                   uint64_t count) const {
    if (limit > nbits_)
        limit = nbits_;
    if (count == 0)
        return std::nullopt;
    uint64_t runStart = from;
    for (uint64_t b = from; b < limit; ++b) {
        if (test(b)) {
            runStart = b + 1;
            continue;
        }
        if (b + 1 - runStart == count)
            return runStart;
    }
    return std::nullopt;
}

} // namespace famscope::edit
