#include "core/edit/FitAdvisor.h"

#include "core/edit/AllocationBitmap.h"
#include "core/format/Constants.h"
#include "core/fs/Fragmentation.h"

#include <algorithm>
#include <functional>

namespace famscope::edit {

namespace {

constexpr uint64_t kMaxBuckets = 64;
constexpr uint64_t kMinBucketBytes = uint64_t{1} << 30;
constexpr uint64_t kDefaultChunk = uint64_t{2} << 20;

using fs::binarySizeLabel;

struct FreeRun {
    uint64_t offset = 0;
    uint64_t len = 0;
};

std::vector<FreeRun> freeRunsInBytes(const fs::AllocationMap& map) {
    std::vector<FreeRun> out;
    for (const fs::OwnerRun& r : map.freeRuns())
        out.push_back({r.firstAu * map.allocUnit, r.auCount * map.allocUnit});
    return out;
}

// The largest free run inside each bucket [b * bucketBytes, (b + 1) * bucketBytes): the
// strided allocator searches each bucket on its own, so a run crossing a boundary only counts
// with its part inside the bucket.
std::vector<uint64_t> largestRunPerBucket(const std::vector<FreeRun>& runs, uint64_t nbuckets,
                                          uint64_t bucketBytes) {
    std::vector<uint64_t> largest(nbuckets, 0);
    if (bucketBytes == 0)
        return largest;
    for (const FreeRun& r : runs) {
        const uint64_t end = r.offset + r.len;
        for (uint64_t b = r.offset / bucketBytes; b < nbuckets && b * bucketBytes < end; ++b) {
            const uint64_t from = std::max(r.offset, b * bucketBytes);
            const uint64_t to = std::min(end, (b + 1) * bucketBytes);
            largest[b] = std::max(largest[b], to - from);
        }
    }
    return largest;
}

std::string plural(uint64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string bucketList(const std::vector<uint64_t>& largest, uint64_t need) {
    std::string list;
    for (size_t b = 0; b < largest.size(); ++b)
        if (largest[b] >= need)
            list += (list.empty() ? "" : ", ") + std::to_string(b);
    return list;
}

std::string explainContiguous(const FitQuestion& q, const Shortfall& s,
                              const std::vector<FreeRun>& runs, bool fellBack, uint64_t chunkSize) {
    uint64_t largest = 0, free = 0;
    for (const FreeRun& r : runs)
        if (r.offset >= s.searchFrom) {
            largest = std::max(largest, r.len);
            free += r.len;
        }
    std::string why;
    if (fellBack)
        why = "Smaller than one chunk (" + binarySizeLabel(chunkSize) +
              "), the file falls back to one simple extent, as famfs does. ";
    why += "A file of " + binarySizeLabel(q.size) + " needs one free run of " +
           binarySizeLabel(s.runBytes) + " (its size rounded up to whole 2 MiB units)";
    if (s.searchFrom != 0)
        why += " at or after offset " + std::to_string(s.searchFrom);
    why += "; the largest free run is " + binarySizeLabel(largest) + ". " + binarySizeLabel(free) +
           " is free in total, in " + plural(runs.size(), "run", "runs") + ".";
    return why;
}

std::string explainStrided(const Shortfall& s, const std::vector<uint64_t>& perBucket,
                           uint64_t largestOnDevice) {
    const uint64_t largestInBucket =
        perBucket.empty() ? 0 : *std::max_element(perBucket.begin(), perBucket.end());
    std::string why = "Needs " + plural(s.runsNeeded, "strip", "strips") + " of " +
                      binarySizeLabel(s.runBytes) + ", each in a different bucket (" +
                      plural(s.nbuckets, "bucket", "buckets") + " of " +
                      binarySizeLabel(s.bucketBytes) + "); only " +
                      plural(s.runsFound, "bucket has", "buckets have") + " a free run of " +
                      binarySizeLabel(s.runBytes);
    if (s.runsFound != 0)
        why += " (" + bucketList(perBucket, s.runBytes) + ")";
    why += ". The largest free run inside one bucket is " + binarySizeLabel(largestInBucket);
    if (largestOnDevice > largestInBucket)
        why += "; the largest on the device, " + binarySizeLabel(largestOnDevice) +
               ", crosses a bucket boundary";
    return why + ".";
}

// The largest file of the asked shape that fits now: a simple file takes the largest free
// run; a strided one needs nstrips buckets with a run of whole chunks, so it is limited by the
// nstrips-th largest per-bucket run.
uint64_t largestStrided(std::vector<uint64_t> perBucket, const InterleaveParams& p) {
    if (perBucket.size() < p.nstrips || p.nstrips == 0)
        return 0;
    std::sort(perBucket.begin(), perBucket.end(), std::greater<>());
    const uint64_t chunksPerStrip = perBucket[p.nstrips - 1] / p.chunkSize;
    return p.nstrips * chunksPerStrip * p.chunkSize;
}

} // namespace

uint64_t defaultBucketCount(uint64_t ddSize) {
    return std::clamp<uint64_t>(ddSize / kMinBucketBytes, 1, kMaxBuckets);
}

FitAnswer askFit(const fs::AllocationMap& map, uint64_t ddSize, const FitQuestion& q) {
    FitAnswer a;
    if (q.nstrips > 1) {
        a.interleave.nstrips = q.nstrips;
        a.interleave.nbuckets = q.nbuckets != 0 ? q.nbuckets : defaultBucketCount(ddSize);
        a.interleave.chunkSize = q.chunkSize != 0 ? q.chunkSize : kDefaultChunk;
    }
    const Allocator allocator(AllocationBitmap::fromAllocationMap(map), ddSize, q.seed);
    auto placement = allocator.plan(q.size, a.interleave, &a.shortfall);

    const bool paramsValid =
        q.size != 0 &&
        (!a.interleave.enabled() || validateInterleave(a.interleave, ddSize, map.allocUnit));
    const std::vector<FreeRun> runs = freeRunsInBytes(map);
    uint64_t largestOnDevice = 0;
    for (const FreeRun& r : runs)
        largestOnDevice = std::max(largestOnDevice, r.len);
    std::vector<uint64_t> perBucket;
    if (a.interleave.enabled() && paramsValid) {
        // Buckets are whole allocation units of the file system's own unit, as in Allocator.
        const uint64_t unit = map.allocUnit != 0 ? map.allocUnit : famfs::kAllocUnit;
        a.bucketBytes = (ddSize / unit) / a.interleave.nbuckets * unit;
        perBucket = largestRunPerBucket(runs, a.interleave.nbuckets, a.bucketBytes);
        a.largestThatFits = largestStrided(perBucket, a.interleave);
    } else if (paramsValid) {
        a.largestThatFits = largestOnDevice;
    }

    if (placement) {
        a.fits = true;
        a.placement = std::move(placement.value());
        return a;
    }
    if (!a.shortfall) {
        a.reason = "famfs refuses this: " + placement.error() + ".";
        return a;
    }
    a.reason = a.shortfall->strided
                   ? explainStrided(*a.shortfall, perBucket, largestOnDevice)
                   : explainContiguous(q, *a.shortfall, runs, a.interleave.enabled(),
                                       a.interleave.chunkSize);
    return a;
}

} // namespace famscope::edit
