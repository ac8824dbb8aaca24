#include "core/fsck/AllocationChecks.h"

#include "core/SaturatingMath.h"
#include "core/format/Hex.h"

#include <cstdint>
#include <optional>
#include <string>

namespace famscope::fsck {

using famfs::hexString;

namespace {

// Byte offset of a unit; saturates for a device size near 2^64.
uint64_t deviceOffset(uint64_t au, uint64_t allocUnit) {
    return satMul(au, allocUnit);
}

// The path of entry `owner`, if it is one (read again from the media after a streamed pass).
std::optional<std::string> pathOf(const CheckContext& ctx, uint64_t owner) {
    if (owner < ctx.entries.count())
        return ctx.entries.at(owner).path();
    return std::nullopt;
}

std::string ownerText(uint64_t owner, const std::optional<std::string>& path) {
    if (owner == fs::kOwnerMetadata)
        return "the superblock and log region";
    if (path)
        return "file " + quotedPath(*path) + " (entry " + std::to_string(owner) + ")";
    return "entry " + std::to_string(owner);
}

} // namespace

void AllocationChecks::run(const CheckContext& ctx, const fs::AllocationMap& a, FindingSink& sink) {
    const uint64_t au = a.allocUnit;
    for (const fs::AllocationCollision& c : a.collisionList) {
        const bool overMetadata = c.ownerA == fs::kOwnerMetadata;
        const CodeInfo& code = overMetadata ? codes::AllocMetadataOverlap : codes::AllocCollision;
        if (!sink.keeps(code.code)) { // counted only: no text, no entry read for it
            report(sink, code, {}, {});
            continue;
        }
        const std::optional<std::string> pathB = pathOf(ctx, c.ownerB);
        Location l;
        l.area = Location::Area::Allocation;
        l.firstAu = c.firstAu;
        l.auCount = c.auCount;
        l.offset = deviceOffset(c.firstAu, au);
        l.entry = c.ownerB;
        l.path = pathB.value_or(std::string());
        const std::string range = std::to_string(c.auCount) + " unit" +
                                  (c.auCount == 1 ? "" : "s") + " at " +
                                  hexString(deviceOffset(c.firstAu, au));
        if (overMetadata)
            report(sink, code, std::move(l),
                   ownerText(c.ownerB, pathB) + " claims " + range +
                       " inside the superblock and log region");
        else
            report(sink, code, std::move(l),
                   ownerText(c.ownerB, pathB) + " claims " + range + " already allocated to " +
                       ownerText(c.ownerA, pathOf(ctx, c.ownerA)));
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
