#include "core/edit/Allocator.h"

#include "core/format/Constants.h"

#include <bit>
#include <string>

namespace famscope::edit {

using famfs::kAllocUnit;
using famfs::kMaxExtents;

namespace {

constexpr uint64_t kMaxBuckets = 64;
constexpr uint64_t kMinBucketSize = uint64_t{1} << 30;
constexpr uint64_t kDefaultChunk = uint64_t{2} << 20;

// famfs's round_size_to_alloc_unit(): file space is rounded to the compile-time 2 MiB, whatever
// the superblock's ts_alloc_unit (famfs-format.md section 4); nullopt when that overflows.
std::optional<uint64_t> roundedToTwoMiB(uint64_t size) {
    const uint64_t units = size / kAllocUnit + (size % kAllocUnit != 0);
    if (units > UINT64_MAX / kAllocUnit)
        return std::nullopt;
    return units * kAllocUnit;
}

std::string mib(uint64_t bytes) {
    return std::to_string(bytes >> 20) + " MiB";
}

// MiB when whole, else KiB (4 KiB units make runs that are not whole MiB).
std::string sizeText(uint64_t bytes) {
    if (bytes % (uint64_t{1} << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes >> 10) + " KiB";
}

InterleaveParams withDefaults(InterleaveParams p) {
    if (p.chunkSize == 0)
        p.chunkSize = kDefaultChunk;
    return p;
}

} // namespace

Status validateInterleave(const InterleaveParams& in, uint64_t ddSize, uint64_t unit) {
    const InterleaveParams p = withDefaults(in);
    if (p.nstrips == 0 || p.nbuckets == 0)
        return Error{"interleave needs both nstrips and nbuckets"};
    if (!std::has_single_bit(p.chunkSize))
        return Error{"chunk size " + std::to_string(p.chunkSize) + " must be a power of 2"};
    if (unit == 0 || p.chunkSize % unit != 0)
        return Error{"chunk size " + std::to_string(p.chunkSize) + " must be a multiple of the " +
                     sizeText(unit) + " allocation unit"};
    if (p.nstrips > kMaxExtents)
        return Error{"nstrips " + std::to_string(p.nstrips) + " > 16"};
    if (p.nstrips > p.nbuckets)
        return Error{"nstrips " + std::to_string(p.nstrips) + " > nbuckets " +
                     std::to_string(p.nbuckets)};
    if (p.nbuckets > kMaxBuckets)
        return Error{"nbuckets " + std::to_string(p.nbuckets) + " > 64"};
    if (ddSize / p.nbuckets < kMinBucketSize)
        return Error{"bucket size " + mib(ddSize / p.nbuckets) + " (device size / nbuckets) " +
                     "is below the 1 GiB famfs requires"};
    return Status::success();
}

uint64_t Placement::allocatedBytes() const {
    uint64_t sum = 0;
    for (const auto& e : interleaved ? strips : extents)
        sum += e.len;
    return sum;
}

void Placement::applyTo(famfs::FileMeta& meta) const {
    meta.count = 1;
    if (interleaved) {
        meta.extType = famfs::kExtInterleave;
        meta.setInterleave(strips.size(), chunkSize);
        for (size_t j = 0; j < strips.size(); ++j)
            meta.setStrip(j, strips[j]);
    } else {
        meta.extType = famfs::kExtSimple;
        meta.count = static_cast<uint32_t>(extents.size());
        for (size_t i = 0; i < extents.size(); ++i)
            meta.setExtent(i, extents[i]);
    }
}

Allocator::Allocator(AllocationBitmap bitmap, uint64_t ddSize, std::optional<uint64_t> seed)
    : bitmap_(std::move(bitmap)), ddSize_(ddSize),
      rng_(seed ? *seed : static_cast<uint64_t>(std::random_device{}())) {}

Result<Placement> Allocator::plan(uint64_t size, const InterleaveParams& interleave,
                                  std::optional<Shortfall>* shortfall) const {
    Allocator copy = *this;
    return copy.allocate(size, interleave, shortfall);
}

Result<Placement> Allocator::allocate(uint64_t size, const InterleaveParams& interleave,
                                      std::optional<Shortfall>* shortfall) {
    if (shortfall)
        shortfall->reset();
    if (size == 0)
        return Error{"size 0: famfs files cannot be empty"};
    if (!interleave.enabled())
        return contiguous(size, shortfall);
    if (Status st = validateInterleave(interleave, ddSize_, bitmap_.unit()); !st)
        return Error{st.error()};
    const InterleaveParams p = withDefaults(interleave);
    if (size < p.chunkSize) { // famfs's small-file fallback, which scans from 0 again
        curPos_ = 0;
        auto r = contiguous(size, shortfall);
        if (r)
            r->fellBack = true;
        return r;
    }
    return strided(size, p, shortfall);
}

Result<Placement> Allocator::contiguous(uint64_t size, std::optional<Shortfall>* shortfall) {
    // The extent is the size rounded to 2 MiB; the scan counts it in the bitmap's own units.
    const std::optional<uint64_t> len = roundedToTwoMiB(size);
    const uint64_t need = len ? bitmap_.bitsFor(*len) : UINT64_MAX;
    const auto at = len ? bitmap_.firstFit(curPos_, bitmap_.nbits(), need) : std::nullopt;
    if (!at) {
        const uint64_t runBytes = len ? *len : UINT64_MAX;
        if (shortfall)
            *shortfall = Shortfall{.runBytes = runBytes, .searchFrom = bitmap_.bytesOf(curPos_)};
        return Error{"out of space: no free run of " + sizeText(runBytes) + " left on the device"};
    }
    bitmap_.set(*at, need);
    curPos_ = *at + need;
    Placement pl;
    pl.extents.push_back({0, bitmap_.bytesOf(*at), *len});
    return pl;
}

Result<Placement> Allocator::strided(uint64_t size, const InterleaveParams& p,
                                     std::optional<Shortfall>* shortfall) {
    // famfs_file_strided_alloc works in the bitmap's units throughout.
    const uint64_t allocAu = bitmap_.bitsFor(size);
    const uint64_t chunkAu = bitmap_.bitsFor(p.chunkSize);
    const uint64_t bucketAu = (ddSize_ / bitmap_.unit()) / p.nbuckets;
    const uint64_t stripeAu = p.nstrips * chunkAu;
    const uint64_t nstripes = (allocAu + stripeAu - 1) / stripeAu;
    const uint64_t stripAu = nstripes * chunkAu;

    std::vector<uint64_t> order(p.nbuckets);
    for (uint64_t i = 0; i < p.nbuckets; ++i)
        order[i] = i;
    for (uint64_t i = p.nbuckets - 1; i > 0; --i) // Fisher-Yates, as famfs does with rand()
        std::swap(order[i], order[rng_() % (i + 1)]);

    AllocationBitmap trial = bitmap_;
    Placement pl;
    pl.interleaved = true;
    pl.chunkSize = p.chunkSize;
    for (uint64_t b : order) {
        if (pl.strips.size() == p.nstrips)
            break;
        const auto at = trial.firstFit(b * bucketAu, (b + 1) * bucketAu, stripAu);
        if (!at)
            continue;
        trial.set(*at, stripAu);
        pl.strips.push_back({0, bitmap_.bytesOf(*at), bitmap_.bytesOf(stripAu)});
    }
    if (pl.strips.size() < p.nstrips) {
        if (shortfall)
            *shortfall = Shortfall{.strided = true,
                                   .runBytes = bitmap_.bytesOf(stripAu),
                                   .runsNeeded = p.nstrips,
                                   .runsFound = pl.strips.size(),
                                   .bucketBytes = bitmap_.bytesOf(bucketAu),
                                   .nbuckets = p.nbuckets};
        return Error{"out of space: only " + std::to_string(pl.strips.size()) + " of " +
                     std::to_string(p.nstrips) + " buckets have a free run of " +
                     sizeText(bitmap_.bytesOf(stripAu))};
    }
    bitmap_ = std::move(trial);
    return pl;
}

Result<Placement> planPlacement(const fs::LoadedFs& fs, uint64_t size,
                                const InterleaveParams& interleave, std::optional<uint64_t> seed) {
    Allocator a(AllocationBitmap::fromFileSystem(fs), fs.sb.ddSize, seed);
    return a.allocate(size, interleave);
}

} // namespace famscope::edit
