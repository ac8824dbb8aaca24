// The claims of an allocation map that came out of unit order, kept as a few sequences that
// are each in unit order ("lanes"), so that they can be put in unit order by merging instead
// of sorting. famfs allocates a file's strips from buckets visited in random order, first fit
// within each bucket, and never frees: a log of interleaved files claims units out of order,
// but the claims within one bucket always come in order. Each claim joins the lane whose last
// claim ends nearest before it starts (a lane per bucket, for such a log); a claim that fits
// no lane starts one. Claims that overlap, or need more than kMaxLanes lanes, are left to the
// caller's general sweep, in claim order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace famscope::fs {

// A claim on allocation units [first, end) by `owner` (an entry index or a marker,
// AllocationMap.h).
struct Claim {
    uint64_t first;
    uint64_t end;
    uint64_t owner;
};

class ClaimLanes {
public:
    static constexpr size_t kMaxLanes = 64; // famfs's FAMFS_MAX_NBUCKETS

    // With `mergeFollowing`, a claim that starts where its lane's last claim ends, with the same
    // owner, extends it: the lanes then keep no claim order (inClaimOrder()).
    explicit ClaimLanes(bool mergeFollowing = false) : mergeFollowing_(mergeFollowing) {}

    // Files the next claim (first < end). False, filing nothing, when that needs more than
    // kMaxLanes lanes.
    bool add(const Claim& c);
    size_t size() const { return claims_; } // claims kept (after merging)

    // Calls emit(claim) for every claim filed, in unit order, and returns true; or stops and
    // returns false at the first claim that overlaps one before it.
    template <class Emit> bool inUnitOrder(Emit emit) const;

    // Every claim filed, in the order they were filed (lanes made without mergeFollowing).
    std::vector<Claim> inClaimOrder() const;

private:
    // A lane's claims, in chunks that are never copied: a lane grows to a few MB, and growing
    // a vector copied it into fresh pages each time, which the kernel zeroes first.
    class Lane {
    public:
        void push_back(const Claim& c) {
            if (size_ % kChunk == 0)
                chunks_.push_back(std::make_unique_for_overwrite<Claim[]>(kChunk));
            chunks_.back()[size_ % kChunk] = c;
            ++size_;
        }
        const Claim& operator[](size_t i) const { return chunks_[i / kChunk][i % kChunk]; }
        Claim& back() { return chunks_.back()[(size_ - 1) % kChunk]; }
        size_t size() const { return size_; }

    private:
        static constexpr size_t kChunk = 8192; // claims: 192 KiB
        std::vector<std::unique_ptr<Claim[]>> chunks_;
        size_t size_ = 0;
    };
    struct Tail {
        uint64_t end; // where the lane's last claim ends
        size_t lane;
    };
    bool mergeFollowing_;
    size_t claims_ = 0;
    std::vector<Lane> lanes_;     // each in unit order
    std::vector<Tail> tails_;     // one per lane, by end
    std::vector<uint8_t> laneOf_; // the lane of each claim, in claim order (when not merging)
};

template <class Emit> bool ClaimLanes::inUnitOrder(Emit emit) const {
    // A merge of the lanes: each step takes the lane whose next claim starts first, from the
    // starts of the lanes' next claims, kept side by side (at most 64: a scan costs no more
    // than a heap).
    constexpr uint64_t kDone = UINT64_MAX;
    std::vector<size_t> next(lanes_.size(), 0);
    std::vector<uint64_t> head(lanes_.size());
    for (size_t l = 0; l < lanes_.size(); ++l)
        head[l] = lanes_[l][0].first;
    uint64_t reached = 0; // where the claims emitted so far end
    for (;;) {
        const auto l =
            static_cast<size_t>(std::min_element(head.begin(), head.end()) - head.begin());
        if (l == head.size() || head[l] == kDone)
            return true;
        const Lane& lane = lanes_[l];
        const Claim& c = lane[next[l]];
        if (c.first < reached)
            return false;
        reached = c.end;
        emit(c);
        head[l] = ++next[l] < lane.size() ? lane[next[l]].first : kDone;
    }
}

} // namespace famscope::fs
