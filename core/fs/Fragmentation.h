// How fragmented the free space of a famfs device is, and what its allocations cost, from an
// AllocationMap (so the figures agree with fsck and the allocator):
//
// * the free runs (maximal stretches of free allocation units) bucketed by length in powers of
//   two: bucket k holds the runs of [2^k, 2^(k+1)) units;
// * the largest free run, which bounds the largest simple file a fresh command can create;
// * space amplification, defined as famfs fsck prints it: allocated bytes (superblock and log
//   included) over the sum of the file sizes. Because the metadata region makes a nearly empty
//   file system look wasteful, the file-only figure (units holding file data over the sum of
//   file sizes, i.e. the 2 MiB rounding of every file) and the metadata bytes are kept apart.
#pragma once

#include "core/fs/AllocationMap.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace famscope::fs {

struct FreeRunBucket {
    uint64_t minAus = 0;  // 2^k
    uint64_t maxAus = 0;  // 2^(k+1) - 1, inclusive
    uint64_t runs = 0;    // free runs whose length is in [minAus, maxAus]
    uint64_t freeAus = 0; // units in those runs
    std::string label;    // "[4, 8) MiB": the run lengths the bucket covers, in bytes
};

struct Fragmentation {
    uint64_t allocUnit = 0;
    uint64_t freeRuns = 0;
    uint64_t freeAus = 0;
    uint64_t freeBytes = 0; // saturating
    uint64_t largestFreeRunAus = 0;
    uint64_t largestFreeRunOffset = 0; // device offset of the first largest run
    // Buckets 0 .. the largest run's bucket, empty ones included so a chart has no gaps.
    std::vector<FreeRunBucket> histogram;

    uint64_t metadataBytes = 0;      // superblock + log units
    uint64_t fileAllocatedBytes = 0; // allocated units outside the metadata (collisions once)
    uint64_t sumOfFileSizes = 0;     // fm_size of every valid FILE entry
    // famfs fsck's "Space amplification": (metadata + file units) / sum of file sizes.
    // nullopt when there is no file data (famfs prints "inf").
    std::optional<double> spaceAmplification;
    // File units only / sum of file sizes: what rounding files up to whole units costs.
    std::optional<double> fileAmplification;

    uint64_t largestFreeRunBytes() const { return largestFreeRunAus * allocUnit; }
    // Share of the free space outside the largest run: 0 when all of it is one run.
    double freeSpaceOutsideLargestRun() const;
};

Fragmentation analyzeFragmentation(const AllocationMap& map);

// "2 MiB", "1 GiB", "1.5 GiB", "512 B": binary units, exact where the value is a whole number
// of the unit (run lengths are whole units, so powers of two print without decimals).
std::string binarySizeLabel(uint64_t bytes);

} // namespace famscope::fs
