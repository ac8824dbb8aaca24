#include "core/heatmap/SeverityMap.h"

#include <algorithm>
#include <array>
#include <map>

namespace famscope::heatmap {

CellSeverity cellSeverity(fsck::Severity s) {
    switch (s) {
    case fsck::Severity::Error:
        return CellSeverity::Error;
    case fsck::Severity::Warning:
        return CellSeverity::Warning;
    case fsck::Severity::Info:
        return CellSeverity::Info;
    }
    return CellSeverity::None;
}

std::vector<AuRange> SeverityMap::unitsOf(const fsck::Finding& finding,
                                          const AllocationTimeline& timeline) {
    const fsck::Location& l = finding.location;
    const uint64_t nbits = timeline.nbits();
    std::vector<AuRange> out;
    if (l.firstAu) {
        const uint64_t count = std::max<uint64_t>(l.auCount, 1);
        const uint64_t end = count > UINT64_MAX - *l.firstAu ? UINT64_MAX : *l.firstAu + count;
        if (*l.firstAu < nbits)
            out.push_back({*l.firstAu, std::min(end, nbits)});
    } else if (l.entry && !timeline.claimsOf(*l.entry).empty()) {
        for (const AuRange& r : timeline.claimsOf(*l.entry))
            if (r.size() != 0)
                out.push_back(r);
    } else if (l.offset && timeline.allocUnit() != 0 && *l.offset / timeline.allocUnit() < nbits) {
        const uint64_t au = *l.offset / timeline.allocUnit();
        out.push_back({au, au + 1});
    }
    return out;
}

SeverityMap::SeverityMap(const std::vector<fsck::Finding>& findings,
                         const AllocationTimeline& timeline) {
    // Worst severity per elementary stretch, by a sweep over the marks' edges.
    std::map<uint64_t, std::array<int64_t, 4>> delta; // unit -> change in marks per severity
    for (size_t i = 0; i < findings.size(); ++i)
        for (const AuRange& r : unitsOf(findings[i], timeline)) {
            marks_.push_back({r, i});
            const auto s = static_cast<size_t>(cellSeverity(findings[i].severity));
            ++delta[r.first][s];
            --delta[r.end][s];
        }
    std::sort(marks_.begin(), marks_.end(),
              [](const Mark& a, const Mark& b) { return a.range.first < b.range.first; });
    std::array<int64_t, 4> active{};
    uint64_t prev = 0;
    for (const auto& [at, change] : delta) {
        CellSeverity worst = CellSeverity::None;
        for (size_t s = 1; s < 4; ++s)
            if (active[s] > 0)
                worst = static_cast<CellSeverity>(s);
        if (worst != CellSeverity::None && at > prev) {
            if (!segments_.empty() && segments_.back().range.end == prev &&
                segments_.back().severity == worst)
                segments_.back().range.end = at;
            else
                segments_.push_back({{prev, at}, worst});
        }
        for (size_t s = 0; s < 4; ++s)
            active[s] += change[s];
        prev = at;
    }
}

CellSeverity SeverityMap::worstIn(uint64_t first, uint64_t end) const {
    auto it = std::upper_bound(segments_.begin(), segments_.end(), first,
                               [](uint64_t a, const Segment& s) { return a < s.range.first; });
    if (it != segments_.begin())
        --it;
    CellSeverity worst = CellSeverity::None;
    for (; it != segments_.end() && it->range.first < end; ++it)
        if (it->range.end > first)
            worst = std::max(worst, it->severity);
    return worst;
}

std::vector<size_t> SeverityMap::findingsAt(uint64_t au) const {
    std::vector<size_t> out;
    for (const Mark& m : marks_) {
        if (m.range.first > au)
            break;
        if (au < m.range.end)
            out.push_back(m.finding);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace famscope::heatmap
