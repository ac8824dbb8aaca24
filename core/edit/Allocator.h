// famfs's allocators (famfs-format.md section 4) over an AllocationBitmap:
//
// * contiguous: first fit from the session's position (0 at the start of a command, then the
//   end of the previous allocation), one simple extent of the size rounded up to 2 MiB (the
//   compile-time unit, even when the superblock's ts_alloc_unit is 4 KiB: then the extent is
//   found and marked in 4 KiB bits and may start at any 4 KiB boundary);
// * strided: nstrips strips of nstripes * chunk bytes, each found first-fit inside one bucket
//   (dd_size / nbuckets), buckets visited in a shuffled order; a file smaller than one chunk
//   falls back to a contiguous extent found from offset 0 again. famfs shuffles with rand();
//   here the order comes from a seeded std::mt19937_64 so a placement can be reproduced
//   (random when no seed is given).
#pragma once

#include "core/Result.h"
#include "core/edit/AllocationBitmap.h"
#include "core/format/Constants.h"
#include "core/format/LogEntry.h"

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

// famfs_validate_interleave_param plus the CLI's nstrips <= 16; the chunk size must be a
// multiple of the bitmap's allocation unit `unit`.
Status validateInterleave(const InterleaveParams& p, uint64_t ddSize,
                          uint64_t unit = famfs::kAllocUnit);

struct Placement {
    bool interleaved = false;
    bool fellBack = false; // interleave asked, but the file is smaller than one chunk
    std::vector<famfs::SimpleExtent> extents; // simple
    uint64_t chunkSize = 0;                   // interleaved
    std::vector<famfs::SimpleExtent> strips;  // interleaved, in bucket-visit order
    uint64_t allocatedBytes() const;
    void applyTo(famfs::FileMeta& meta) const; // ext type, count, extents or strips
};

// Why a placement failed for lack of space (not for bad parameters): what the first-fit scan
// looked for and how much of it it found, so a front end can explain the failure from the
// allocator's own search rather than from a second guess.
struct Shortfall {
    bool strided = false;
    uint64_t runBytes = 0;    // the free run one extent (or one strip) needs
    uint64_t runsNeeded = 1;  // 1, or nstrips
    uint64_t runsFound = 0;   // strided: buckets that had such a run (every bucket was visited)
    uint64_t searchFrom = 0;  // contiguous: device offset where the scan started (no wrapping)
    uint64_t bucketBytes = 0; // strided: dd_size / nbuckets, rounded down to whole units
    uint64_t nbuckets = 0;
};

class Allocator {
public:
    Allocator(AllocationBitmap bitmap, uint64_t ddSize, std::optional<uint64_t> seed);

    // Allocates and marks the space. Nothing is marked on failure. When out of space and
    // `shortfall` is given, it is set to what the scan could not find (and reset otherwise).
    Result<Placement> allocate(uint64_t size, const InterleaveParams& interleave,
                               std::optional<Shortfall>* shortfall = nullptr);
    // The same placement without marking anything (previews).
    Result<Placement> plan(uint64_t size, const InterleaveParams& interleave,
                           std::optional<Shortfall>* shortfall = nullptr) const;

    const AllocationBitmap& bitmap() const { return bitmap_; }
    uint64_t position() const { return curPos_; } // in bitmap units

private:
    Result<Placement> contiguous(uint64_t size, std::optional<Shortfall>* shortfall);
    Result<Placement> strided(uint64_t size, const InterleaveParams& p,
                              std::optional<Shortfall>* shortfall);

    AllocationBitmap bitmap_;
    uint64_t ddSize_;
    uint64_t curPos_ = 0;
    std::mt19937_64 rng_;
};

// A placement for a file of `size` on `fs` as a fresh famfs command would choose it.
Result<Placement> planPlacement(const fs::LoadedFs& fs, uint64_t size,
                                const InterleaveParams& interleave, std::optional<uint64_t> seed);

} // namespace famscope::edit
