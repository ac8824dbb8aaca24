// Who owns each allocation unit after log entry N, for any N: the heatmap's time travel.
//
// The allocation map (fs/AllocationMap.h) records the first claimer of every unit. A unit is
// owned after entry N exactly when its first claimer is the metadata region or an entry below
// N, and it is a collision after entry N when a second claimer below N exists; so the final map
// plus the collision records answer every prefix of the log without replaying it again. Nothing
// is stored per unit: owners are kept as the map's runs (12 bytes each), so a 64 TiB device
// with a few hundred thousand extents costs a few megabytes.
#pragma once

#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace famscope::heatmap {

// Compact owner codes: an entry index, or one of these markers.
inline constexpr uint32_t kCellFree = UINT32_MAX;
inline constexpr uint32_t kCellMetadata = UINT32_MAX - 1;
inline constexpr uint32_t kLastEntryCode = UINT32_MAX - 2;
inline bool isEntryCode(uint32_t code) {
    return code <= kLastEntryCode;
}

struct AuRange {
    uint64_t first = 0;
    uint64_t end = 0; // exclusive
    uint64_t size() const { return end > first ? end - first : 0; }
    bool operator==(const AuRange&) const = default;
};

// What one unit holds after entry `time`.
struct UnitProbe {
    uint64_t au = 0;
    uint32_t owner = kCellFree;          // at that time
    std::optional<uint32_t> pieceIndex;  // extent (simple) or strip (interleaved) of the owner
    bool interleaved = false;            // the owner's map
    std::vector<uint64_t> alsoClaimedBy; // later entries (below `time`) claiming it too
    bool beyondMedia = false;            // the device claims more than the media holds
};

class AllocationTimeline {
public:
    AllocationTimeline(const fs::LoadedFs& fs, const fs::AllocationMap& map);

    uint64_t allocUnit() const { return allocUnit_; }
    uint64_t nbits() const { return nbits_; }
    uint64_t mediaAus() const { return mediaAus_; } // units the media fully or partly holds
    uint64_t entryCount() const { return claimStart_.size() - 1; }

    // Owner of `au` after entries [0, time); kCellFree past the device.
    uint32_t ownerAt(uint64_t au, uint64_t time) const;
    // Calls fn(first, end, owner) for the owner runs covering [first, end) after `time`,
    // clipped to the range; consecutive calls may repeat an owner.
    template <typename Fn>
    void forEachRun(uint64_t first, uint64_t end, uint64_t time, Fn&& fn) const;
    // A unit of [first, end) is claimed twice by entries below `time`.
    bool collisionIn(uint64_t first, uint64_t end, uint64_t time) const;
    // The units entry `entry` claims, one range per extent or strip in map order (a piece
    // wholly past the device is an empty range, so indices stay aligned). Empty for anything
    // but a valid FILE entry.
    std::span<const AuRange> claimsOf(uint64_t entry) const;
    bool isInterleaved(uint64_t entry) const;

    UnitProbe probe(uint64_t au, uint64_t time) const;
    // The first unit of `units` that `owner` claims, by its pieces in map order; units.first
    // when it claims none there (or is not an entry): the unit a cell showing `owner` is
    // described by.
    uint64_t firstClaimedIn(uint32_t owner, const AuRange& units) const;

    // The disjoint stretches that some pair of claims share, each with its earliest second
    // claimer: a unit is a collision after `time` when that claimer is below `time`.
    struct CollisionSegment {
        AuRange range;
        uint64_t firstSecondClaim = 0;
    };
    const std::vector<CollisionSegment>& collisionSegments() const { return collisions_; }

private:
    static uint32_t codeAt(uint32_t code, uint64_t time) {
        return isEntryCode(code) && code >= time ? kCellFree : code;
    }
    size_t runIndexAt(uint64_t au) const;

    uint64_t allocUnit_ = 0;
    uint64_t nbits_ = 0;
    uint64_t mediaAus_ = 0;
    std::vector<uint64_t> runFirst_; // owner runs of the final map, as in AllocationMap::runs
    std::vector<uint32_t> runOwner_;
    std::vector<AuRange> claims_;      // every entry's pieces, entry by entry
    std::vector<size_t> claimStart_;   // entry e's pieces: [claimStart_[e], claimStart_[e + 1])
    std::vector<uint8_t> interleaved_; // per entry
    std::vector<fs::AllocationCollision> records_; // the map's collision records
    std::vector<CollisionSegment> collisions_;
};

template <typename Fn>
void AllocationTimeline::forEachRun(uint64_t first, uint64_t end, uint64_t time, Fn&& fn) const {
    if (first >= end || first >= nbits_)
        return;
    end = end < nbits_ ? end : nbits_;
    for (size_t r = runIndexAt(first); r < runFirst_.size() && runFirst_[r] < end; ++r) {
        const uint64_t runEnd = r + 1 < runFirst_.size() ? runFirst_[r + 1] : nbits_;
        const uint64_t a = runFirst_[r] > first ? runFirst_[r] : first;
        const uint64_t b = runEnd < end ? runEnd : end;
        if (a < b)
            fn(a, b, codeAt(runOwner_[r], time));
    }
}

} // namespace famscope::heatmap
