// Who owns every allocation unit of the device, as famfs fsck's bitmap builder
// (famfs_build_bitmap, famfs-format.md sections 3.4 and 4) sees it, minus its bugs:
//
// * units are counted over nbits = ceil(dd_size / AU), dd_size from the superblock;
// * the superblock and log, [0, 2 MiB + log_len), are claimed first, then the extents
//   (simple) or strips (interleaved) of every valid FILE entry in log order; a unit claimed
//   again counts one collision per extra claim, as famfs counts them;
// * unlike famfs, an extent past nbits is counted (ausBeyondDevice) instead of written past the
//   bitmap, and an unaligned extent is recorded instead of asserted and covers every unit it
//   touches.
//
// A device can have tens of millions of units, so nothing is stored per unit: claims become
// owner runs, in one pass while they come in unit order (as famfs's allocator makes them), by
// merging a few ordered sequences when they come from its buckets (interleaved files,
// ClaimLanes.h), through a sort and sweep otherwise, O(n log n) in the number of extents; only a
// map without owners on a device of at most 2^23 units keeps a bit per unit (1 MiB at most)
// once its claims come out of order. The figures are computed whatever the superblock's
// validity (famfs would refuse an invalid one, but the numbers it would compute are still what
// an inspector wants to show).
#pragma once

#include "core/fs/BulkAllocator.h"
#include "core/fs/LoadedFs.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace famscope::fs {

// An owner is the index of the log entry that claimed a unit first, or one of these markers.
inline constexpr uint64_t kOwnerFree = UINT64_MAX;
inline constexpr uint64_t kOwnerMetadata = UINT64_MAX - 1; // superblock + log
// Some entry: the allocated runs of a map built with AllocationMapBuilder::Owners::Dropped.
inline constexpr uint64_t kOwnerSomeEntry = UINT64_MAX - 2;
inline bool isEntryOwner(uint64_t owner) {
    return owner < kOwnerSomeEntry;
}

struct OwnerRun {
    uint64_t firstAu = 0;
    uint64_t auCount = 0;
    uint64_t owner = kOwnerFree;
    bool operator==(const OwnerRun&) const = default;
};

// A full log has about one run per entry (123,361 on 64 MiB, 3 MB). In 4 KiB pages their
// first touch took 712 page faults, 11 of fsck's 76 ms of CPU there: on huge pages instead
// (docs/BENCHMARKS.md).
using OwnerRuns = std::vector<OwnerRun, BulkAllocator<OwnerRun>>;

// Units [firstAu, firstAu + auCount) owned by ownerA (the first claim) and claimed again by
// ownerB; one record per (ownerA, ownerB) pair and contiguous stretch.
struct AllocationCollision {
    uint64_t firstAu = 0;
    uint64_t auCount = 0;
    uint64_t ownerA = 0;
    uint64_t ownerB = 0;
    bool operator==(const AllocationCollision&) const = default;
};

struct UnalignedExtent {
    uint64_t entryIndex = 0;
    uint32_t extentIndex = 0; // extent or strip index
    uint64_t offset = 0;
    uint64_t len = 0;
};

// A valid FILE entry whose extents map a whole unit or more beyond its size.
struct TailWaste {
    uint64_t entryIndex = 0;
    uint64_t mappedBytes = 0; // saturating
};

struct AllocationMap {
    uint64_t allocUnit = 0;    // the superblock's (4 KiB or 2 MiB), else 2 MiB
    uint64_t nbits = 0;        // units in the bitmap: ceil(dd_size / allocUnit)
    uint64_t metadataAus = 0;  // units of [0, 2 MiB + log_len) inside the bitmap
    uint64_t allocatedAus = 0; // union of all claims inside the bitmap, metadata included
    uint64_t collisions = 0;   // famfs's count: one per unit per extra claim
    std::vector<AllocationCollision> collisionList; // sorted by firstAu, then owners
    bool collisionListTruncated = false;            // stopped recording detail (pathological input)
    uint64_t sumOfFileSizes = 0;                    // fm_size of valid FILE entries, saturating
    uint64_t filesLogged = 0; // valid FILE entries (whether or not replay instantiates them)
    uint64_t dirsLogged = 0;
    uint64_t addDaxdevLogged = 0;
    uint64_t otherLogged = 0;     // valid DELETE / unknown-type entries
    uint64_t badEntries = 0;      // bad seqnum or CRC: skipped, their extents count as free
    uint64_t ausBeyondDevice = 0; // units of extents at or past nbits (never in the runs)
    std::vector<UnalignedExtent> unalignedOffsets;
    // Gathered in the same pass over the log, as fsck's checks need them and each pass over
    // the decoded entries of a long log is a stream of tens of MB: files with unused units,
    // and the valid FILE entries laid out off 2 MiB boundaries (an extent or strip, or the
    // chunk size), the only files whose layout can keep them from faulting in 2 MiB pages.
    std::vector<TailWaste> tailWaste;
    std::vector<uint64_t> off2MLayouts;
    // Runs covering [0, nbits) in order, free runs included; adjacent runs differ in owner.
    OwnerRuns runs;

    uint64_t allocatedBytes() const; // saturating
    uint64_t bitmapCapacity() const; // nbits * allocUnit, saturating
    uint64_t freeBytes() const;
    bool fsckWouldAssert() const { return !unalignedOffsets.empty(); }
    // Owner of unit `au` in O(log n); nullopt past the bitmap.
    std::optional<uint64_t> ownerAt(uint64_t au) const;
    std::vector<OwnerRun> freeRuns() const;
};

// The allocation unit the map counts in: the superblock's when famfs knows it, else 2 MiB.
uint64_t allocUnitOf(const famfs::Superblock& sb);

class EntryPieces;

// Builds the map from the entries given in log order, one at a time: for a log that is read a
// block at a time and never held whole (fsck of a target).
class AllocationMapBuilder {
public:
    // What the runs say of their owners. Dropped, for fsck, which reads only the free space
    // and the collisions: every allocated run is owned by kOwnerSomeEntry, so that claims that
    // follow each other make one run (a full log: a few runs, not one per file, and a few MB of
    // fresh memory less). Collisions cannot be told apart then: ownersNeeded() says when to
    // build the map again with the owners kept.
    enum class Owners { Kept, Dropped };

    // `entryCount`: the log's slots, for sizing (the entries to come need not be counted).
    AllocationMapBuilder(const famfs::Superblock& sb, uint64_t entryCount,
                         Owners owners = Owners::Kept);
    ~AllocationMapBuilder();
    AllocationMapBuilder(const AllocationMapBuilder&) = delete;
    AllocationMapBuilder& operator=(const AllocationMapBuilder&) = delete;

    void add(uint64_t index, const famfs::LogEntry& entry); // entry `index`, after index - 1
    // The same for a FILE entry whose pieces the caller has copied out already (fsck's checks
    // read them too): `pieces` are EntryPieces(*entry.file()).
    void add(uint64_t index, const famfs::LogEntry& entry, const EntryPieces& pieces);
    AllocationMap finish(); // once, after the last entry
    // After finish(), with Owners::Dropped: true when claims overlap (or came in more
    // sequences than ClaimLanes keeps), so that the map lacks its collisions and owners.
    bool ownersNeeded() const;

private:
    class Builder;
    std::unique_ptr<Builder> builder_;
};

class EntrySource;
// Every entry of `entries`, in log order, with the owners kept.
AllocationMap buildAllocationMap(const famfs::Superblock& sb, const EntrySource& entries);
AllocationMap buildAllocationMap(const LoadedFs& fs);

} // namespace famscope::fs
