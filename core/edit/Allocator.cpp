#include "edit/Allocator.h"

#include "format/Constants.h"

#include <bit>
#include <string>

namespace famscope::edit {

using famfs::kAllocUnit;
using famfs::kMaxExtents;

namespace {

constexpr uint64_t kMaxBuckets = 64;
constexpr uint64_t kMinBucketSize = uint64_t{1} << 30;
constexpr uint64_t kDefaultChunk = uint64_t{2} << 20;

uint64_t ausFor(uint64_t bytes) {
    return bytes / kAllocUnit + (bytes % kAllocUnit != 0);
}

std::string mib(uint64_t bytes) {
    return std::to_string(bytes >> 20) + " MiB";
}

InterleaveParams withDefaults(InterleaveParams p) {
    if (p.chunkSize == 0)
        p.chunkSize = kDefaultChunk;
    return p;
}

} // namespace

Status validateInterleave(const InterleaveParams& in, uint64_t ddSize) {
    const InterleaveParams p = withDefaults(in);
    if (p.nstrips == 0 || p.nbuckets == 0)
        return Error{"interleave needs both nstrips and nbuckets"};
    if (!std::has_single_bit(p.chunkSize))
        return Error{"chunk size " + std::to_string(p.chunkSize) + " must be a power of 2"};
    if (p.chunkSize % kAllocUnit != 0)
        return Error{"chunk size " + std::to_string(p.chunkSize) +
                     " must be a multiple of the 2 MiB allocation unit"};
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

Result<Placement> Allocator::plan(uint64_t size, const InterleaveParams& interleave) const {
    Allocator copy = *this;
    return copy.allocate(size, interleave);
}

Result<Placement> Allocator::allocate(uint64_t size, const InterleaveParams& interleave) {
    if (size == 0)
        return Error{"size 0: famfs files cannot be empty"};
    if (!interleave.enabled())
        return contiguous(size);
    if (Status st = validateInterleave(interleave, ddSize_); !st)
        return Error{st.error()};
    const InterleaveParams p = withDefaults(interleave);
    if (size < p.chunkSize) { // famfs's small-file fallback
        auto r = contiguous(size);
        if (r)
            r->fellBack = true;
        return r;
    }
    return strided(size, p);
}

Result<Placement> Allocator::contiguous(uint64_t size) {
    const uint64_t need = ausFor(size);
    const auto at = bitmap_.firstFit(curPos_, bitmap_.nbits(), need);
    if (!at)
        return Error{"out of space: no free run of " + mib(need * kAllocUnit) +
                     " left on the device"};
    bitmap_.set(*at, need);
    curPos_ = *at + need;
    Placement pl;
    pl.extents.push_back({0, *at * kAllocUnit, need * kAllocUnit});
    return pl;
}

Result<Placement> Allocator::strided(uint64_t size, const InterleaveParams& p) {
    const uint64_t allocAu = ausFor(size);
    const uint64_t chunkAu = p.chunkSize / kAllocUnit;
    const uint64_t bucketAu = (ddSize_ / kAllocUnit) / p.nbuckets;
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
        pl.strips.push_back({0, *at * kAllocUnit, stripAu * kAllocUnit});
    }
    if (pl.strips.size() < p.nstrips)
        return Error{"out of space: only " + std::to_string(pl.strips.size()) + " of " +
                     std::to_string(p.nstrips) + " buckets have a free run of " +
                     mib(stripAu * kAllocUnit)};
    bitmap_ = std::move(trial);
    return pl;
}

Result<Placement> planPlacement(const fs::LoadedFs& fs, uint64_t size,
                                const InterleaveParams& interleave, std::optional<uint64_t> seed) {
    Allocator a(AllocationBitmap::fromFileSystem(fs), fs.sb.ddSize, seed);
    return a.allocate(size, interleave);
}

} // namespace famscope::edit
