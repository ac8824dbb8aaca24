#include "core/fs/ClaimLanes.h"

namespace famscope::fs {

namespace {

// The first tail ending after `at` (tails are sorted by end).
auto firstTailAfter(auto begin, auto end, uint64_t at) {
    return std::upper_bound(begin, end, at, [](uint64_t a, const auto& t) { return a < t.end; });
}

} // namespace

bool ClaimLanes::add(const Claim& c) {
    // The lane whose last claim ends nearest at or before c.first: the last tail not past it.
    // Appending moves that tail to c.end, which keeps the tails sorted unless the claim jumps
    // past another lane's tail (then it is moved into place).
    auto it = firstTailAfter(tails_.begin(), tails_.end(), c.first);
    if (it == tails_.begin()) {
        if (lanes_.size() == kMaxLanes)
            return false;
        lanes_.emplace_back().push_back(c);
        tails_.insert(firstTailAfter(tails_.begin(), tails_.end(), c.end),
                      Tail{c.end, lanes_.size() - 1});
        if (!mergeFollowing_)
            laneOf_.push_back(static_cast<uint8_t>(lanes_.size() - 1));
        ++claims_;
        return true;
    }
    --it;
    Lane& lane = lanes_[it->lane];
    if (mergeFollowing_ && lane.back().end == c.first && lane.back().owner == c.owner) {
        lane.back().end = c.end;
    } else {
        lane.push_back(c);
        if (!mergeFollowing_)
            laneOf_.push_back(static_cast<uint8_t>(it->lane));
        ++claims_;
    }
    it->end = c.end;
    for (auto later = std::next(it); later != tails_.end() && later->end < it->end; ++later, ++it)
        std::swap(*it, *later);
    return true;
}

std::vector<Claim> ClaimLanes::inClaimOrder() const {
    // Each lane holds its claims in the order they were filed: take them back in turn.
    std::vector<Claim> out;
    out.reserve(laneOf_.size());
    std::vector<size_t> next(lanes_.size(), 0);
    for (const uint8_t l : laneOf_)
        out.push_back(lanes_[l][next[l]++]);
    return out;
}

} // namespace famscope::fs
