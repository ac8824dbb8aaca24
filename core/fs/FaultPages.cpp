#include "core/fs/FaultPages.h"

#include "core/SaturatingMath.h"
#include "core/fs/Resolver.h"

#include <algorithm>
#include <limits>

namespace famscope::fs {

namespace {

constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();

constexpr uint64_t alignDown(uint64_t v, uint64_t a) {
    return v - v % a;
}

// Rounds up to a multiple of 4 KiB, or to the last page start when that would wrap.
constexpr uint64_t pageUp(uint64_t v) {
    return v > alignDown(kMax, kPage4K) ? alignDown(kMax, kPage4K)
                                        : alignDown(v + kPage4K - 1, kPage4K);
}

// The rules of FaultPages.h, checked in the kernel's order for the window at `base`.
HugeBlocker windowBlocker(const FileMap& map, uint64_t fileSize, uint64_t base) {
    const uint64_t end = pageUp(fileSize);
    if (base > end || end - base < kPage2M)
        return HugeBlocker::PastEndOfFile;
    const auto run = resolve(map, fileSize, base, kPage2M);
    if (!run)
        return HugeBlocker::Unmapped;
    if (run->length < kPage2M)
        return HugeBlocker::SplitByBoundary;
    if (run->deviceOffset % kPage2M != 0)
        return HugeBlocker::DeviceMisaligned;
    return HugeBlocker::Nothing;
}

// From this file offset on no page can map, so the scan stops resolving there. Only a
// shortcut: which pages map is still decided by the resolver alone.
uint64_t nothingMapsFrom(const FileMap& map) {
    if (!map.interleaved)
        return pageUp(map.mappedBytes());
    const uint64_t chunk = map.chunkSize;
    const uint64_t nstrips = map.strips.size();
    if (chunk == 0 || nstrips == 0)
        return 0;
    uint64_t longest = 0;
    for (const auto& s : map.strips)
        longest = std::max(longest, s.len);
    // Stripe s needs offset s * chunk in a strip: from stripe ceil(longest / chunk) on, none
    // of the strips is long enough.
    const uint64_t stripes = longest / chunk + (longest % chunk != 0);
    return pageUp(satMul(satMul(stripes, nstrips), chunk));
}

// After an unmapped page at `pos`: the next page that may map. Inside an interleaved chunk
// the strip offset only grows, so the rest of the chunk is unmapped too.
uint64_t nextCandidate(const FileMap& map, uint64_t pos) {
    if (!map.interleaved || map.chunkSize == 0)
        return satAdd(pos, kPage4K);
    return pageUp(satAdd(alignDown(pos, map.chunkSize), map.chunkSize));
}

} // namespace

const char* faultPageName(FaultPage page) {
    switch (page) {
    case FaultPage::Page2M:
        return "2M";
    case FaultPage::Page4K:
        return "4K";
    case FaultPage::None:
        break;
    }
    return "none";
}

const char* blockerName(HugeBlocker blocker) {
    switch (blocker) {
    case HugeBlocker::Nothing:
        return "eligible";
    case HugeBlocker::PastEndOfFile:
        return "past_eof";
    case HugeBlocker::Unmapped:
        return "unmapped";
    case HugeBlocker::SplitByBoundary:
        return "split";
    case HugeBlocker::DeviceMisaligned:
        return "device_misaligned";
    }
    return "unknown";
}

std::string blockerText(HugeBlocker blocker) {
    switch (blocker) {
    case HugeBlocker::Nothing:
        return "a 2 MiB page fits";
    case HugeBlocker::PastEndOfFile:
        return "the 2 MiB page would run past the end of the file";
    case HugeBlocker::Unmapped:
        return "the file is not mapped there";
    case HugeBlocker::SplitByBoundary:
        return "an extent, chunk or strip ends inside the 2 MiB page";
    case HugeBlocker::DeviceMisaligned:
        return "the device offset is not 2 MiB aligned";
    }
    return {};
}

unsigned FaultPageMap::percentOf(uint64_t bytes) const {
    const uint64_t all = total();
    return all == 0 ? 0u
                    : static_cast<unsigned>(static_cast<double>(bytes) * 100.0 /
                                            static_cast<double>(all));
}

FaultAt faultAt(const FileMap& map, uint64_t fileSize, uint64_t fileOffset) {
    FaultAt f;
    f.blocker = windowBlocker(map, fileSize, alignDown(fileOffset, kPage2M));
    const uint64_t page = alignDown(fileOffset, kPage4K);
    if (f.blocker == HugeBlocker::Nothing)
        f.page = FaultPage::Page2M;
    else if (page < fileSize && resolve(map, fileSize, page, 1))
        f.page = FaultPage::Page4K;
    else
        f.blocker = HugeBlocker::Unmapped;
    return f;
}

Result<FaultPageMap> faultPages(const FileMap& map, uint64_t fileSize, size_t maxSteps) {
    FaultPageMap out;
    auto add = [&out](uint64_t from, uint64_t to, FaultPage page, HugeBlocker blocker) {
        const uint64_t len = to - from;
        (page == FaultPage::Page2M   ? out.bytes2M
         : page == FaultPage::Page4K ? out.bytes4K
                                     : out.bytesNone) += len;
        if (!out.ranges.empty() && out.ranges.back().page == page &&
            out.ranges.back().blocker == blocker)
            out.ranges.back().length += len;
        else
            out.ranges.push_back({from, len, page, blocker});
    };
    const uint64_t end = pageUp(fileSize);
    const uint64_t stop = std::min(end, nothingMapsFrom(map));
    uint64_t pos = 0;
    size_t steps = 0;
    // Every pass advances pos by at least one page and the passes are counted: bounded.
    while (pos < stop) {
        if (++steps > maxSteps)
            return Error{"the file needs more than " + std::to_string(maxSteps) +
                         " resolutions to classify (stopped at file offset " + std::to_string(pos) +
                         ")"};
        const uint64_t base = alignDown(pos, kPage2M);
        const uint64_t windowEnd = std::min(satAdd(base, kPage2M), end);
        const HugeBlocker blocker = windowBlocker(map, fileSize, base);
        if (pos == base && isLayoutBlocker(blocker))
            ++out.layoutBlockedWindows;
        if (blocker == HugeBlocker::Nothing) {
            add(pos, windowEnd, FaultPage::Page2M, blocker);
            pos = windowEnd;
            continue;
        }
        uint64_t next = 0;
        if (const auto run = resolve(map, fileSize, pos, windowEnd - pos)) {
            // Every page starting inside the run maps (a 4 KiB fault needs only its start).
            next = std::min(pageUp(pos + run->length), windowEnd);
            add(pos, next, FaultPage::Page4K, blocker);
        } else {
            next = std::min(nextCandidate(map, pos), windowEnd);
            add(pos, next, FaultPage::None, HugeBlocker::Unmapped);
        }
        pos = next;
    }
    if (pos < end)
        add(pos, end, FaultPage::None, HugeBlocker::Unmapped);
    out.steps = steps;
    return out;
}

} // namespace famscope::fs
