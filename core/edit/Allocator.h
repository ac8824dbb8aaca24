// famfs's allocators (famfs-format.md section 4) over an AllocationBitmap:
//
// * contiguous: first fit from the session's position (0 at the start of a command, then the
//   end of the previous allocation), one simple extent of the size rounded up to 2 MiB;
// * strided: nstrips strips of nstripes * chunk bytes, each found first-fit inside one bucket
//   (dd_size / nbuckets), buckets visited in a shuffled order; a file smaller than one chunk
//   falls back to a contiguous extent. famfs shuffles with rand(); here the order comes from a
//   seeded std::mt19937_64 so a placement can be reproduced (random when no seed is given).
#pragma once

#include "Result.h"
#include "edit/AllocationBitmap.h"
#include "format/LogEntry.h"

#include <cstdint>
#include <optional>
#include <random>
#include <vector>

namespace famscope::edit {

struct InterleaveParams {
    uint64_t nbuckets = 0;
    uint64_t nstrips = 0;
    uint64_t chunkSize = 0; // 0: famfs's default of 2 MiB once interleave is enabled
    bool enabled() const { return nbuckets != 0 || nstrips != 0 || chunkSize != 0; }
};

// famfs_validate_interleave_param plus the CLI's nstrips <= 16.
Status validateInterleave(const InterleaveParams& p, uint64_t ddSize);

struct Placement {
    bool interleaved = false;
    bool fellBack = false; // interleave asked, but the file is smaller than one chunk
    std::vector<famfs::SimpleExtent> extents; // simple
    uint64_t chunkSize = 0;                   // interleaved
    std::vector<famfs::SimpleExtent> strips;  // interleaved, in bucket-visit order
    uint64_t allocatedBytes() const;
    void applyTo(famfs::FileMeta& meta) const; // ext type, count, extents or strips
};

class Allocator {
public:
    Allocator(AllocationBitmap bitmap, uint64_t ddSize, std::optional<uint64_t> seed);

    // Allocates and marks the space. Nothing is marked on failure.
    Result<Placement> allocate(uint64_t size, const InterleaveParams& interleave);
    // The same placement without marking anything (previews).
    Result<Placement> plan(uint64_t size, const InterleaveParams& interleave) const;

    const AllocationBitmap& bitmap() const { return bitmap_; }
    uint64_t position() const { return curPos_; }

private:
    Result<Placement> contiguous(uint64_t size);
    Result<Placement> strided(uint64_t size, const InterleaveParams& p);

    AllocationBitmap bitmap_;
    uint64_t ddSize_;
    uint64_t curPos_ = 0;
    std::mt19937_64 rng_;
};

// A placement for a file of `size` on `fs` as a fresh famfs command would choose it.
Result<Placement> planPlacement(const fs::LoadedFs& fs, uint64_t size,
                                const InterleaveParams& interleave, std::optional<uint64_t> seed);

} // namespace famscope::edit
