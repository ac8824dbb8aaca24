#include "core/fs/AllocationMap.h"

#include "core/SaturatingMath.h"

#include "core/fs/ClaimLanes.h"
#include "core/fs/EntrySource.h"
#include "core/fs/FaultPages.h"
#include "core/fs/FileMap.h"
#include "core/fs/UnitBits.h"

#include <algorithm>
#include <bit>
#include <iterator>
#include <memory>
#include <set>
#include <tuple>
#include <utility>

namespace famscope::fs {

using namespace famfs;

namespace {

// Beyond this many raw collision records (before merging) only the count is kept: k claims
// piled on one spot would otherwise produce O(k^2) records.
constexpr size_t kMaxCollisionRecords = size_t{1} << 16;

// A map without owners whose claims come out of order keeps a bit per unit on a device of up
// to this many units (a bitmap of 1 MiB: 16 TiB in 2 MiB units), and lanes beyond.
constexpr uint64_t kBitmapUnits = uint64_t{1} << 23;

} // namespace

class AllocationMapBuilder::Builder {
public:
    Builder(const Superblock& sb, uint64_t entryCount, Owners owners)
        : keepOwners_(owners == Owners::Kept), lanes_(!keepOwners_) {
        m_.allocUnit = allocUnitOf(sb);
        const uint64_t au = m_.allocUnit;
        auShift_ = static_cast<unsigned>(std::countr_zero(au));
        m_.nbits = sb.ddSize / au + (sb.ddSize % au != 0 ? 1 : 0);
        if (keepOwners_) {
            // Most entries are files of one extent, mostly back to back: one growth instead of
            // a doubling series of fresh, zero-filled copies on a full log.
            m_.runs.reserve(2 * entryCount + 3);
            // About one run per entry is written: fault those pages in at once.
            bulk::prefault(m_.runs.data(), (entryCount + 3) * sizeof(OwnerRun));
        }
        claimBytes(kOwnerMetadata, 0, satAdd(kLogOffset, sb.logLen)); // never out of order
        m_.metadataAus = m_.allocatedAus;
    }

    // `pieces`: EntryPieces of e's file, when e is one and the caller has them.
    void add(uint64_t i, const LogEntry& e, const EntryPieces* pieces) {
        if (e.seqnum != i || !e.crcValid()) {
            ++m_.badEntries;
            return;
        }
        if (const FileMeta* f = e.file()) {
            if (pieces)
                addFile(i, *f, *pieces);
            else
                addFile(i, *f, EntryPieces(*f));
        } else if (e.mkdir()) {
            ++m_.dirsLogged;
        } else if (e.addDaxdev()) {
            ++m_.addDaxdevLogged;
        } else {
            ++m_.otherLogged;
        }
    }

    AllocationMap finish() {
        if (inOrder_) {
            addFreeRunTo(m_.nbits);
            return std::move(m_);
        }
        if (bitmap_) {
            if (!ownersNeeded_)
                runsFromBitmap();
            return std::move(m_);
        }
        // Out of order: merged from the lanes when they hold every claim and none overlap.
        if (claims_.empty() && !ownersNeeded_ && runsFromLanes())
            return std::move(m_);
        if (!keepOwners_) {
            ownersNeeded_ = true; // the collisions need the owners this map dropped
            return std::move(m_);
        }
        if (claims_.empty())
            claims_ = lanes_.inClaimOrder();
        sweepEdges();
        return std::move(m_);
    }

    bool ownersNeeded() const { return ownersNeeded_; }

private:
    void addFile(uint64_t i, const FileMeta& f, const EntryPieces& pieces) {
        const uint64_t au = m_.allocUnit;
        ++m_.filesLogged;
        m_.sumOfFileSizes = satAdd(m_.sumOfFileSizes, f.size);
        uint64_t mapped = 0;
        bool off2M = pieces.interleaved() && f.chunkSize() % kPage2M != 0;
        for (size_t k = 0; k < pieces.size(); ++k) {
            const SimpleExtent piece = pieces[k];
            if ((piece.offset & (au - 1)) != 0)
                m_.unalignedOffsets.push_back(
                    {i, static_cast<uint32_t>(k), piece.offset, piece.len});
            claimBytes(i, piece.offset, piece.len);
            mapped = satAdd(mapped, piece.len);
            off2M = off2M || piece.offset % kPage2M != 0 || piece.len % kPage2M != 0;
        }
        if (mapped > f.size && mapped - f.size >= au)
            m_.tailWaste.push_back({i, mapped});
        if (off2M)
            m_.off2MLayouts.push_back(i);
    }

    // Claims every unit that [offset, offset + len) touches; the part past the bitmap is only
    // counted. Written so that no intermediate value can wrap. The unit is a power of two:
    // shifts and masks, as a 64-bit division per claim cost more than the rest of it.
    void claimBytes(uint64_t owner, uint64_t offset, uint64_t len) {
        if (len == 0)
            return;
        const uint64_t mask = m_.allocUnit - 1;
        const uint64_t first = offset >> auShift_;
        const uint64_t units =
            (len >> auShift_) + (((offset & mask) + (len & mask) + mask) >> auShift_);
        const uint64_t end = satAdd(first, units);
        if (end > m_.nbits)
            m_.ausBeyondDevice = satAdd(m_.ausBeyondDevice, end - std::max(first, m_.nbits));
        if (first < m_.nbits)
            claim({first, std::min(end, m_.nbits),
                   keepOwners_ || owner == kOwnerMetadata ? owner : kOwnerSomeEntry});
    }

    // famfs allocates first-fit from a bitmap that a log only ever fills, so the claims of a
    // log usually come in unit order and never overlap (a full 64 MiB log: 123,000 of them).
    // While they do, each becomes its run at once, with no claim list, edge sort or set of
    // active claims. The first claim out of order turns the runs so far back into claims, kept
    // in lanes (ClaimLanes.h: interleaved files come out of order, from famfs's buckets) and
    // merged into runs at the end, or, when they overlap or need too many lanes, swept
    // (sweepEdges()): adjacent claims of one owner, merged into a run, sweep as they did apart.
    // Without the owners and on a device of few enough units, a bitmap instead (markBits()).
    void claim(const Claim& c) {
        if (inOrder_ && c.first >= claimedTo_)
            appendInUnitOrder(c);
        else if (bitmap_)
            markBits(c);
        else
            claimOutOfOrder(c);
    }

    // Out of line, so that the common cases above inline into the loop over a file's pieces (a
    // full log of 4-strip files makes half a million claims).
    [[gnu::noinline]] void claimOutOfOrder(const Claim& c) {
        if (inOrder_) {
            inOrder_ = false;
            bitmap_ = !keepOwners_ && m_.nbits <= kBitmapUnits;
            if (bitmap_)
                bits_ = UnitBits(m_.nbits);
            m_.allocatedAus = 0;
            for (const OwnerRun& r : m_.runs)
                if (r.owner != kOwnerFree)
                    keepOutOfOrder({r.firstAu, r.firstAu + r.auCount, r.owner});
            m_.runs.clear();
        }
        keepOutOfOrder(c);
    }

    void keepOutOfOrder(const Claim& c) {
        if (bitmap_)
            markBits(c);
        else
            keepClaim(c);
    }

    // Without the owners, a bit per unit: a claim that finds one of its bits set overlaps an
    // earlier one, and the map will be built again with the owners. A log of interleaved files
    // from famfs's buckets claims every strip out of order: filed in lanes, the half a million
    // claims of a full 64 MiB log of them made the map 5.8 ms of fsck's 36 (4.0 ms for the
    // same claims in unit order).
    void markBits(const Claim& c) {
        if (ownersNeeded_)
            return;
        if (!bits_.set(c.first, c.end)) {
            ownersNeeded_ = true;
            bits_ = {};
            return;
        }
        m_.allocatedAus += c.end - c.first;
    }

    // The runs the bitmap holds, as claims in unit order would have made them: the metadata's
    // (no claim overlapped it), then free and allocated runs in turn.
    void runsFromBitmap() {
        if (m_.metadataAus > 0)
            addRun(0, m_.metadataAus, kOwnerMetadata);
        for (uint64_t au = m_.metadataAus; au < m_.nbits;) {
            const bool set = bits_.test(au);
            const uint64_t to = bits_.nextChange(au, set);
            addRun(au, to - au, set ? kOwnerSomeEntry : kOwnerFree);
            au = to;
        }
    }

    // Files a claim out of order in its lane; once the lanes are full, in the claim list, or,
    // without the owners, nowhere (the map will be built again with them).
    void keepClaim(const Claim& c) {
        if (ownersNeeded_)
            return;
        if (claims_.empty() && lanes_.add(c))
            return;
        if (!keepOwners_) {
            ownersNeeded_ = true;
            lanes_ = ClaimLanes();
            return;
        }
        if (claims_.empty()) { // the lanes just filled up: their claims go first
            claims_ = lanes_.inClaimOrder();
            lanes_ = ClaimLanes();
        }
        claims_.push_back(c);
    }

    // Out of order but without overlaps (a log of interleaved files, as famfs allocates them
    // from buckets): the claims merged into unit order from their lanes become the runs, as in
    // order. False, with nothing built, when two claims overlap.
    bool runsFromLanes() {
        claimedTo_ = 0;
        m_.runs.reserve(2 * lanes_.size() + 1); // a free run before each claim, and one after
        const bool apart = lanes_.inUnitOrder([this](const Claim& c) { appendInUnitOrder(c); });
        if (apart) {
            addFreeRunTo(m_.nbits);
            return true;
        }
        m_.runs.clear();
        m_.allocatedAus = 0;
        return false;
    }

    // A claim that starts at or after where the claims so far end: its run, after a free run
    // for the gap.
    void appendInUnitOrder(const Claim& c) {
        addFreeRunTo(c.first);
        addRun(c.first, c.end - c.first, c.owner);
        m_.allocatedAus += c.end - c.first;
        claimedTo_ = c.end;
    }

    // A free run from where the claims in order have reached so far, when there is a gap.
    void addFreeRunTo(uint64_t au) {
        if (au > claimedTo_)
            addRun(claimedTo_, au - claimedTo_, kOwnerFree);
    }

    void sweepEdges() {
        // Ends sort before starts at the same unit: the ranges are half-open.
        struct Edge {
            uint64_t at;
            bool start;
            size_t claim;
        };
        std::vector<Edge> edges;
        edges.reserve(2 * claims_.size());
        for (size_t c = 0; c < claims_.size(); ++c) {
            edges.push_back({claims_[c].first, true, c});
            edges.push_back({claims_[c].end, false, c});
        }
        std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
            return std::tie(a.at, a.start, a.claim) < std::tie(b.at, b.start, b.claim);
        });
        // Active claims by claim order: the first one owns the units, the others collide.
        std::set<size_t> active;
        uint64_t prev = 0;
        for (size_t e = 0; e < edges.size();) {
            const uint64_t at = edges[e].at;
            if (at > prev)
                segment(prev, at, active);
            for (; e < edges.size() && edges[e].at == at; ++e) {
                if (edges[e].start)
                    active.insert(edges[e].claim);
                else
                    active.erase(edges[e].claim);
            }
            prev = at;
        }
        if (prev < m_.nbits)
            segment(prev, m_.nbits, active);
        finishCollisions();
    }

    void segment(uint64_t from, uint64_t to, const std::set<size_t>& active) {
        const uint64_t count = to - from;
        const uint64_t owner = active.empty() ? kOwnerFree : claims_[*active.begin()].owner;
        addRun(from, count, owner);
        if (active.empty())
            return;
        m_.allocatedAus += count;
        m_.collisions = satAdd(m_.collisions, satMul(active.size() - 1, count));
        for (auto it = std::next(active.begin()); it != active.end(); ++it) {
            if (raw_.size() >= kMaxCollisionRecords) {
                m_.collisionListTruncated = true;
                break;
            }
            raw_.push_back({from, count, owner, claims_[*it].owner});
        }
    }

    // Adjacent runs differ in owner: a run that continues the last one's owner extends it.
    void addRun(uint64_t from, uint64_t count, uint64_t owner) {
        if (!m_.runs.empty() && m_.runs.back().owner == owner)
            m_.runs.back().auCount += count;
        else
            m_.runs.push_back({from, count, owner});
    }

    // Merges the per-segment records of each owner pair into contiguous stretches.
    void finishCollisions() {
        std::sort(raw_.begin(), raw_.end(), [](const auto& a, const auto& b) {
            return std::tie(a.ownerA, a.ownerB, a.firstAu) <
                   std::tie(b.ownerA, b.ownerB, b.firstAu);
        });
        for (const auto& r : raw_) {
            auto& out = m_.collisionList;
            if (!out.empty() && out.back().ownerA == r.ownerA && out.back().ownerB == r.ownerB &&
                out.back().firstAu + out.back().auCount == r.firstAu)
                out.back().auCount += r.auCount;
            else
                out.push_back(r);
        }
        std::sort(m_.collisionList.begin(), m_.collisionList.end(),
                  [](const auto& a, const auto& b) {
                      return std::tie(a.firstAu, a.ownerA, a.ownerB) <
                             std::tie(b.firstAu, b.ownerA, b.ownerB);
                  });
    }

    AllocationMap m_;
    bool keepOwners_;           // Owners::Kept
    bool ownersNeeded_ = false; // Owners::Dropped, and claims overlap (or too many lanes)
    unsigned auShift_ = 0;      // log2 of m_.allocUnit
    bool inOrder_ = true;       // every claim so far came after the one before it
    uint64_t claimedTo_ = 0;    // while in order: where the last claim ends
    bool bitmap_ = false;       // out of order, without owners, on a device of few units
    UnitBits bits_;             // then: the units claimed
    // Once out of order, the claims (the metadata's first): in lanes while there are few, else
    // in a list in claim order (index = claim order) for sweepEdges().
    ClaimLanes lanes_;
    std::vector<Claim> claims_;
    std::vector<AllocationCollision> raw_;
};

uint64_t allocUnitOf(const Superblock& sb) {
    return sb.allocUnit == 4096 || sb.allocUnit == kAllocUnit ? sb.allocUnit : kAllocUnit;
}

AllocationMapBuilder::AllocationMapBuilder(const Superblock& sb, uint64_t entryCount, Owners owners)
    : builder_(std::make_unique<Builder>(sb, entryCount, owners)) {}

AllocationMapBuilder::~AllocationMapBuilder() = default;

void AllocationMapBuilder::add(uint64_t index, const LogEntry& entry) {
    builder_->add(index, entry, nullptr);
}

void AllocationMapBuilder::add(uint64_t index, const LogEntry& entry, const EntryPieces& pieces) {
    builder_->add(index, entry, &pieces);
}

AllocationMap AllocationMapBuilder::finish() {
    return builder_->finish();
}

bool AllocationMapBuilder::ownersNeeded() const {
    return builder_->ownersNeeded();
}

AllocationMap buildAllocationMap(const Superblock& sb, const EntrySource& entries) {
    AllocationMapBuilder builder(sb, entries.count());
    entries.forEach([&builder](uint64_t i, const LogEntry& e) { builder.add(i, e); });
    return builder.finish();
}

AllocationMap buildAllocationMap(const LoadedFs& fs) {
    return buildAllocationMap(fs.sb, LoadedEntries(fs.entries));
}

uint64_t AllocationMap::allocatedBytes() const {
    return satMul(allocatedAus, allocUnit);
}

uint64_t AllocationMap::bitmapCapacity() const {
    return satMul(nbits, allocUnit);
}

uint64_t AllocationMap::freeBytes() const {
    return satMul(nbits - allocatedAus, allocUnit);
}

std::optional<uint64_t> AllocationMap::ownerAt(uint64_t au) const {
    if (au >= nbits || runs.empty())
        return std::nullopt;
    const auto it = std::upper_bound(runs.begin(), runs.end(), au,
                                     [](uint64_t a, const OwnerRun& r) { return a < r.firstAu; });
    return std::prev(it)->owner; // runs start at 0, so `it` is never begin()
}

std::vector<OwnerRun> AllocationMap::freeRuns() const {
    std::vector<OwnerRun> out;
    std::copy_if(runs.begin(), runs.end(), std::back_inserter(out),
                 [](const OwnerRun& r) { return r.owner == kOwnerFree; });
    return out;
}

} // namespace famscope::fs
