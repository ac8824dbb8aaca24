// The free-space bitmap famfs's allocator works on (famfs_build_bitmap, famfs-format.md
// sections 3.4 and 4): one bit per allocation unit over ceil(dd_size / AU) units, where AU is
// the superblock's ts_alloc_unit (4 KiB or 2 MiB), so the bitmap carries its unit and every
// conversion between bits and bytes goes through it; the
// superblock and log, then the extents or strips of every valid FILE entry are set. Bad
// entries (seqnum or CRC) are skipped, so their extents count as free, exactly as famfs sees
// them. Built from fs::buildAllocationMap so fsck and the allocator can never disagree.
#pragma once

#include "core/format/Constants.h"
#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/UnitBits.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace famscope::edit {

class AllocationBitmap {
public:
    AllocationBitmap() = default;
    // `unit`: bytes per bit, a power of two (famfs accepts 4 KiB and 2 MiB); 0 means 2 MiB.
    explicit AllocationBitmap(uint64_t nbits, uint64_t unit = famfs::kAllocUnit);
    static AllocationBitmap fromFileSystem(const fs::LoadedFs& fs);
    static AllocationBitmap fromAllocationMap(const fs::AllocationMap& map); // already built

    uint64_t nbits() const { return bits_.units(); }
    uint64_t unit() const { return unit_; }
    // Bytes of `bits` units: the device offset of bit `bits`, or the length of a run.
    uint64_t bytesOf(uint64_t bits) const { return bits * unit_; }
    // Units needed to hold `bytes` (rounded up, never wraps).
    uint64_t bitsFor(uint64_t bytes) const { return bytes / unit_ + (bytes % unit_ != 0); }
    bool test(uint64_t bit) const;
    void set(uint64_t first, uint64_t count); // bits past nbits are ignored
    bool rangeFree(uint64_t first, uint64_t count) const;
    uint64_t countSet() const;
    // First bit b in [from, limit) with [b, b + count) free and inside [from, limit): the
    // first-fit scan famfs does.
    std::optional<uint64_t> firstFit(uint64_t from, uint64_t limit, uint64_t count) const;

private:
    fs::UnitBits bits_;
    uint64_t unit_ = famfs::kAllocUnit;
};

} // namespace famscope::edit
