#include "core/heatmap/HeatmapSummary.h"

#include <algorithm>

namespace famscope::heatmap {

HeatmapSummary::HeatmapSummary(const AllocationTimeline& timeline)
    : timeline_(timeline), time_(timeline.entryCount()) {
    const uint64_t nbits = timeline_.nbits();
    while (topLevel_ < 63 && (uint64_t{1} << topLevel_) < nbits)
        ++topLevel_;
    while (cellCount(nbits, baseLevel_) > kMaxBaseCells)
        ++baseLevel_;
    baseLevel_ = std::min(baseLevel_, std::max(topLevel_, kMinBaseLevel));
    for (int level = baseLevel_; level <= std::max(topLevel_, baseLevel_); ++level)
        stored_.emplace_back(cellCount(nbits, level));
    rebuild();
}

uint64_t HeatmapSummary::cellCount(uint64_t nbits, int level) {
    const uint64_t span = uint64_t{1} << level;
    return nbits / span + (nbits % span != 0 ? 1 : 0);
}

CellSummary HeatmapSummary::combine(const CellSummary& a, const CellSummary& b) {
    CellSummary c = b.dominantAus > a.dominantAus ? b : a;
    c.usedAus = a.usedAus + b.usedAus;
    return c;
}

void HeatmapSummary::computeFromRuns(int level, uint64_t firstCell, uint64_t count,
                                     CellSummary* out) const {
    const uint64_t span = uint64_t{1} << level;
    std::fill(out, out + count, CellSummary{});
    const uint64_t first = firstCell * span;
    const uint64_t end = (firstCell + count) * span;
    timeline_.forEachRun(first, end, time_, [&](uint64_t a, uint64_t b, uint32_t owner) {
        if (owner == kCellFree)
            return;
        // A run may span several cells: split it at cell edges.
        while (a < b) {
            const uint64_t cellIndex = a / span;
            const uint64_t cellEnd = std::min(b, (cellIndex + 1) * span);
            CellSummary& c = out[cellIndex - firstCell];
            const uint64_t n = cellEnd - a;
            c.usedAus += n;
            if (n > c.dominantAus || (c.dominant == owner)) {
                c.dominantAus = c.dominant == owner ? c.dominantAus + n : n;
                c.dominant = owner;
            }
            a = cellEnd;
        }
    });
}

void HeatmapSummary::rebuild() {
    auto& base = stored_.front();
    computeFromRuns(baseLevel_, 0, base.size(), base.data());
    for (size_t l = 1; l < stored_.size(); ++l) {
        const auto& below = stored_[l - 1];
        auto& above = stored_[l];
        for (uint64_t i = 0; i < above.size(); ++i)
            above[i] =
                2 * i + 1 < below.size() ? combine(below[2 * i], below[2 * i + 1]) : below[2 * i];
    }
}

void HeatmapSummary::recomputeUnits(const AuRange& units) {
    if (units.size() == 0)
        return;
    uint64_t lo = units.first >> baseLevel_;
    uint64_t hi = std::min<uint64_t>((units.end - 1) >> baseLevel_, stored_.front().size() - 1);
    computeFromRuns(baseLevel_, lo, hi - lo + 1, stored_.front().data() + lo);
    for (size_t l = 1; l < stored_.size(); ++l) {
        lo /= 2;
        hi /= 2;
        const auto& below = stored_[l - 1];
        auto& above = stored_[l];
        for (uint64_t i = lo; i <= hi; ++i)
            above[i] =
                2 * i + 1 < below.size() ? combine(below[2 * i], below[2 * i + 1]) : below[2 * i];
    }
}

void HeatmapSummary::setTime(uint64_t time) {
    time = std::min(time, timeline_.entryCount());
    if (time == time_)
        return;
    const uint64_t from = std::min(time, time_);
    const uint64_t to = std::max(time, time_);
    uint64_t work = 0;
    for (uint64_t e = from; e < to; ++e)
        for (const AuRange& r : timeline_.claimsOf(e))
            work += r.size();
    time_ = time;
    if (work > stored_.front().size() * (uint64_t{1} << baseLevel_) / 8) {
        rebuild();
        return;
    }
    for (uint64_t e = from; e < to; ++e)
        for (const AuRange& r : timeline_.claimsOf(e))
            recomputeUnits(r);
}

void HeatmapSummary::cells(int level, uint64_t firstCell, uint64_t count,
                           std::vector<CellSummary>& out) const {
    out.assign(count, CellSummary{});
    const uint64_t total = cellCount(level);
    if (firstCell >= total)
        return;
    const uint64_t n = std::min(count, total - firstCell);
    if (level >= baseLevel_ && level - baseLevel_ < static_cast<int>(stored_.size())) {
        const auto& src = stored_[static_cast<size_t>(level - baseLevel_)];
        std::copy_n(src.begin() + static_cast<std::ptrdiff_t>(firstCell), n, out.begin());
    } else {
        computeFromRuns(level, firstCell, n, out.data());
    }
}

CellSummary HeatmapSummary::cell(int level, uint64_t index) const {
    std::vector<CellSummary> one;
    cells(level, index, 1, one);
    return one.front();
}

size_t HeatmapSummary::memoryBytes() const {
    size_t bytes = 0;
    for (const auto& level : stored_)
        bytes += level.capacity() * sizeof(CellSummary);
    return bytes;
}

} // namespace famscope::heatmap
