// The free-space bitmap famfs's allocator works on (famfs_build_bitmap, famfs-format.md
// sections 3.4 and 4): one bit per allocation unit over ceil(dd_size / AU) units; the
// superblock and log, then the extents or strips of every valid FILE entry are set. Bad
// entries (seqnum or CRC) are skipped, so their extents count as free, exactly as famfs sees
// them. Built from fs::buildAllocationMap so fsck and the allocator can never disagree.
#pragma once

#include "fs/LoadedFs.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace famscope::edit {

class AllocationBitmap {
public:
    AllocationBitmap() = default;
    explicit AllocationBitmap(uint64_t nbits);
    static AllocationBitmap fromFileSystem(const fs::LoadedFs& fs);

    uint64_t nbits() const { return nbits_; }
    bool test(uint64_t bit) const;
    void set(uint64_t first, uint64_t count); // bits past nbits are ignored
    bool rangeFree(uint64_t first, uint64_t count) const;
    uint64_t countSet() const;
    // First bit b in [from, limit) with [b, b + count) free and inside [from, limit): the
    // first-fit scan famfs does.
    std::optional<uint64_t> firstFit(uint64_t from, uint64_t limit, uint64_t count) const;

private:
    std::vector<uint64_t> words_;
    uint64_t nbits_ = 0;
};

} // namespace famscope::edit
