// "Will a file of X bytes with N strips fit, and if not, why?" answered by running famfs's
// allocator (Allocator::plan, nothing is marked) on the current allocation map, as a fresh
// famfs command would (first fit from offset 0, or one strip per bucket). A failure is
// explained from the allocator's own Shortfall, completed by facts about the free runs it
// searched: the largest run on the device, and the largest run inside each bucket.
#pragma once

#include "core/edit/Allocator.h"
#include "core/fs/AllocationMap.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace famscope::edit {

struct FitQuestion {
    uint64_t size = 0;
    uint64_t nstrips = 0;   // 0 or 1: a simple file (famfs's default contiguous allocation)
    uint64_t nbuckets = 0;  // 0: defaultBucketCount(dd_size)
    uint64_t chunkSize = 0; // 0: famfs's 2 MiB
    // Bucket order of a strided placement; the same seed as a session's placementSeed gives
    // the placement that session's creat would choose. Whether a file fits does not depend
    // on it (every bucket is searched on its own), only which buckets the strips land in.
    std::optional<uint64_t> seed = 1;
};

struct FitAnswer {
    bool fits = false;
    InterleaveParams interleave;        // what was asked of the allocator (empty for a simple file)
    Placement placement;                // when it fits
    std::string reason;                 // when it does not: one plain-language paragraph
    std::optional<Shortfall> shortfall; // out of space (not bad parameters)
    // The largest file of the same shape that fits now (0: none, or bad parameters).
    uint64_t largestThatFits = 0;
    // Interleaved with valid parameters: the bytes of one bucket (a strip at device offset o is
    // in bucket o / bucketBytes); 0 otherwise.
    uint64_t bucketBytes = 0;

    // The device ranges the file would occupy (extents, or strips in bucket-visit order).
    const std::vector<famfs::SimpleExtent>& ranges() const {
        return placement.interleaved ? placement.strips : placement.extents;
    }
};

// famfs has no default bucket count; famscope suggests as many 1 GiB-or-larger buckets as the
// device allows, at most famfs's 64 (at least 1).
uint64_t defaultBucketCount(uint64_t ddSize);

// `map` must be the allocation map of the file system whose superblock says `ddSize`.
FitAnswer askFit(const fs::AllocationMap& map, uint64_t ddSize, const FitQuestion& question);

} // namespace famscope::edit
