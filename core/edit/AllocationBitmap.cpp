#include "core/edit/AllocationBitmap.h"

#include "core/fs/AllocationMap.h"

#include <algorithm>

namespace famscope::edit {

AllocationBitmap::AllocationBitmap(uint64_t nbits, uint64_t unit)
    : bits_(nbits), unit_(unit == 0 ? famfs::kAllocUnit : unit) {}

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
    return bits_.test(bit);
}

void AllocationBitmap::set(uint64_t first, uint64_t count) {
    if (first < nbits())
        bits_.set(first, first + std::min(count, nbits() - first));
}

bool AllocationBitmap::rangeFree(uint64_t first, uint64_t count) const {
    if (first > nbits() || count > nbits() - first)
        return false;
    return bits_.nextChange(first, false) >= first + count; // the first set bit from `first`
}

uint64_t AllocationBitmap::countSet() const {
    return bits_.countSet();
}

std::optional<uint64_t> AllocationBitmap::firstFit(uint64_t from, uint64_t limit,
                                                   uint64_t count) const {
    if (limit > nbits())
        limit = nbits();
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
