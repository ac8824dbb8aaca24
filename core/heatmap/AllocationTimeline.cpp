#include "core/heatmap/AllocationTimeline.h"

#include "core/fs/FileMap.h"

#include <algorithm>
#include <set>

namespace famscope::heatmap {

namespace {

uint32_t compactOwner(uint64_t owner) {
    if (owner == fs::kOwnerFree)
        return kCellFree;
    if (owner == fs::kOwnerMetadata)
        return kCellMetadata;
    // The loader caps the log far below 2^32 entries; a larger index cannot reach here.
    return static_cast<uint32_t>(std::min<uint64_t>(owner, kLastEntryCode));
}

// The units [offset, offset + len) touches, as the allocation map counts them.
AuRange unitsOf(uint64_t offset, uint64_t len, uint64_t au, uint64_t nbits) {
    if (len == 0)
        return {};
    const uint64_t first = offset / au;
    const uint64_t units = len / au + (offset % au + len % au + au - 1) / au;
    const uint64_t end = units > UINT64_MAX - first ? UINT64_MAX : first + units;
    if (first >= nbits)
        return {};
    return {first, std::min(end, nbits)};
}

} // namespace

AllocationTimeline::AllocationTimeline(const fs::LoadedFs& fs, const fs::AllocationMap& map)
    : allocUnit_(map.allocUnit), nbits_(map.nbits), records_(map.collisionList) {
    mediaAus_ = allocUnit_ == 0 ? 0 : fs.mediaSize / allocUnit_ + (fs.mediaSize % allocUnit_ != 0);
    runFirst_.reserve(map.runs.size());
    runOwner_.reserve(map.runs.size());
    for (const fs::OwnerRun& r : map.runs) {
        runFirst_.push_back(r.firstAu);
        runOwner_.push_back(compactOwner(r.owner));
    }

    // The same entries, in the same order and with the same rules, as buildAllocationMap.
    claimStart_.reserve(fs.entries.size() + 1);
    interleaved_.assign(fs.entries.size(), 0);
    for (uint64_t i = 0; i < fs.entries.size(); ++i) {
        claimStart_.push_back(claims_.size());
        const famfs::LogEntry& e = fs.entries[i];
        const famfs::FileMeta* f = e.file();
        if (!f || e.seqnum != i || !e.crcValid() || allocUnit_ == 0)
            continue;
        const fs::FileMap fileMap = fs::fileMapOf(*f);
        interleaved_[i] = fileMap.interleaved ? 1 : 0;
        for (const famfs::SimpleExtent& piece : fileMap.pieces())
            claims_.push_back(unitsOf(piece.offset, piece.len, allocUnit_, nbits_));
    }
    claimStart_.push_back(claims_.size());

    // Disjoint collision segments with the earliest second claimer, by a sweep over the
    // records' edges (a few thousand at most: the map caps its detail).
    struct Edge {
        uint64_t at;
        bool start;
        uint64_t claimer;
    };
    std::vector<Edge> edges;
    for (const fs::AllocationCollision& c : records_) {
        edges.push_back({c.firstAu, true, c.ownerB});
        edges.push_back({c.firstAu + c.auCount, false, c.ownerB});
    }
    std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
        return a.at != b.at ? a.at < b.at : a.start < b.start;
    });
    std::multiset<uint64_t> active;
    uint64_t prev = 0;
    for (size_t i = 0; i < edges.size();) {
        const uint64_t at = edges[i].at;
        if (!active.empty() && at > prev) {
            auto& out = collisions_;
            if (!out.empty() && out.back().range.end == prev &&
                out.back().firstSecondClaim == *active.begin())
                out.back().range.end = at;
            else
                out.push_back({{prev, at}, *active.begin()});
        }
        for (; i < edges.size() && edges[i].at == at; ++i) {
            if (edges[i].start)
                active.insert(edges[i].claimer);
            else
                active.erase(active.find(edges[i].claimer));
        }
        prev = at;
    }
}

size_t AllocationTimeline::runIndexAt(uint64_t au) const {
    const auto it = std::upper_bound(runFirst_.begin(), runFirst_.end(), au);
    return it == runFirst_.begin() ? 0 : static_cast<size_t>(it - runFirst_.begin()) - 1;
}

uint32_t AllocationTimeline::ownerAt(uint64_t au, uint64_t time) const {
    if (au >= nbits_ || runFirst_.empty())
        return kCellFree;
    return codeAt(runOwner_[runIndexAt(au)], time);
}

bool AllocationTimeline::collisionIn(uint64_t first, uint64_t end, uint64_t time) const {
    auto it =
        std::upper_bound(collisions_.begin(), collisions_.end(), first,
                         [](uint64_t a, const CollisionSegment& s) { return a < s.range.first; });
    if (it != collisions_.begin())
        --it;
    for (; it != collisions_.end() && it->range.first < end; ++it)
        if (it->range.end > first && it->firstSecondClaim < time)
            return true;
    return false;
}

std::span<const AuRange> AllocationTimeline::claimsOf(uint64_t entry) const {
    if (entry >= entryCount())
        return {};
    return std::span<const AuRange>(claims_).subspan(claimStart_[entry],
                                                     claimStart_[entry + 1] - claimStart_[entry]);
}

bool AllocationTimeline::isInterleaved(uint64_t entry) const {
    return entry < interleaved_.size() && interleaved_[entry] != 0;
}

uint64_t AllocationTimeline::firstClaimedIn(uint32_t owner, const AuRange& units) const {
    if (isEntryCode(owner))
        for (const AuRange& piece : claimsOf(owner))
            if (piece.end > units.first && piece.first < units.end)
                return std::max(piece.first, units.first);
    return units.first;
}

UnitProbe AllocationTimeline::probe(uint64_t au, uint64_t time) const {
    UnitProbe p;
    p.au = au;
    p.owner = ownerAt(au, time);
    p.beyondMedia = au >= mediaAus_ && au < nbits_;
    if (isEntryCode(p.owner)) {
        p.interleaved = isInterleaved(p.owner);
        const auto pieces = claimsOf(p.owner);
        for (size_t k = 0; k < pieces.size(); ++k)
            if (au >= pieces[k].first && au < pieces[k].end) {
                p.pieceIndex = static_cast<uint32_t>(k);
                break;
            }
    }
    for (const fs::AllocationCollision& c : records_)
        if (au >= c.firstAu && au - c.firstAu < c.auCount && c.ownerB < time)
            p.alsoClaimedBy.push_back(c.ownerB);
    std::sort(p.alsoClaimedBy.begin(), p.alsoClaimedBy.end());
    p.alsoClaimedBy.erase(std::unique(p.alsoClaimedBy.begin(), p.alsoClaimedBy.end()),
                          p.alsoClaimedBy.end());
    return p;
}

} // namespace famscope::heatmap
