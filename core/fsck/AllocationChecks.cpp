#include "core/fsck/AllocationChecks.h"

#include "core/SaturatingMath.h"
#include "core/format/Hex.h"

#include <cstdint>

namespace famscope::fsck {

using famfs::hexString;

namespace {

// Byte offset of a unit; saturates for a device size near 2^64.
uint64_t deviceOffset(uint64_t au, uint64_t allocUnit) {
    return satMul(au, allocUnit);
}

std::string ownerText(const CheckContext& ctx, uint64_t owner) {
    if (owner == fs::kOwnerMetadata)
        return "the superblock and log region";
    if (owner < ctx.entries.count())
        return "file " + quotedPath(ctx.entries.at(owner).path()) + " (entry " +
               std::to_string(owner) + ")";
    return "entry " + std::to_string(owner);
}

} // namespace

void AllocationChecks::run(const CheckContext& ctx, const fs::AllocationMap& a, FindingSink& sink) {
    const uint64_t au = a.allocUnit;
    for (const fs::AllocationCollision& c : a.collisionList) {
        Location l;
        l.area = Location::Area::Allocation;
        l.firstAu = c.firstAu;
        l.auCount = c.auCount;
        l.offset = deviceOffset(c.firstAu, au);
        l.entry = c.ownerB;
        if (c.ownerB < ctx.entries.count())
            l.path = ctx.entries.at(c.ownerB).path();
        const std::string range = std::to_string(c.auCount) + " unit" +
                                  (c.auCount == 1 ? "" : "s") + " at " +
                                  hexString(deviceOffset(c.firstAu, au));
        if (c.ownerA == fs::kOwnerMetadata)
            report(sink, codes::AllocMetadataOverlap, std::move(l),
                   ownerText(ctx, c.ownerB) + " claims " + range +
                       " inside the superblock and log region");
        else
            report(sink, codes::AllocCollision, std::move(l),
                   ownerText(ctx, c.ownerB) + " claims " + range + " already allocated to " +
                       ownerText(ctx, c.ownerA));
    }
    if (a.collisionListTruncated) {
        Location l;
        l.area = Location::Area::Allocation;
        report(sink, codes::AllocDetailTruncated, std::move(l),
               std::to_string(a.collisions) +
                   " collisions in all; only the first ones are listed individually");
    }
}

} // namespace famscope::fsck
