// An independent model of the page size a fault can map, for checking fs::faultPages() and
// fs::faultAt(): it locates each byte in closed form (a prefix walk over the extents, or the
// chunk/strip arithmetic of famfs-format.md section 5) instead of asking the resolver for runs,
// and decides each 4 KiB page on its own. Slow by design; tests only.
#pragma once

#include "core/fs/FaultPages.h"
#include "core/fs/FileMap.h"

#include <cstdint>
#include <optional>
#include <string>

namespace oracle {

using famscope::fs::FaultPage;
using famscope::fs::FileMap;
using famscope::fs::kPage2M;
using famscope::fs::kPage4K;

struct Byte {
    uint64_t segment = 0; // extent index (simple) or file chunk number (interleaved)
    uint64_t dev = 0;
};

inline std::optional<Byte> locate(const FileMap& map, uint64_t fileSize, uint64_t off) {
    if (!map.interleaved) {
        uint64_t start = 0;
        for (size_t i = 0; i < map.extents.size(); ++i) {
            const auto& e = map.extents[i];
            if (off - start < e.len && off >= start)
                return Byte{i, e.offset + (off - start)};
            start += e.len;
        }
        return std::nullopt;
    }
    const uint64_t n = map.strips.size();
    if (map.chunkSize == 0 || n == 0 || off >= fileSize)
        return std::nullopt;
    const uint64_t chunk = off / map.chunkSize;
    const auto& strip = map.strips[chunk % n];
    const uint64_t inStrip = (chunk / n) * map.chunkSize + off % map.chunkSize;
    if (inStrip >= strip.len)
        return std::nullopt;
    return Byte{chunk, strip.offset + inStrip};
}

// Whether the 2 MiB window at `base` (2 MiB aligned) is one 2 MiB page: inside the file
// (rounded up to 4 KiB), first and last byte in the same extent or chunk, device-aligned.
inline bool hugeWindow(const FileMap& map, uint64_t fileSize, uint64_t base) {
    const uint64_t sizeInPages = (fileSize + kPage4K - 1) / kPage4K * kPage4K;
    if (base + kPage2M > sizeInPages)
        return false;
    const auto first = locate(map, fileSize, base);
    const auto last = locate(map, fileSize, base + kPage2M - 1);
    return first && last && first->segment == last->segment && first->dev % kPage2M == 0;
}

// The largest page a fault on the 4 KiB page at `page` (page aligned) maps, given whether
// its 2 MiB window is huge.
inline FaultPage pageAt(const FileMap& map, uint64_t fileSize, uint64_t page, bool huge) {
    if (huge)
        return FaultPage::Page2M;
    return page < fileSize && locate(map, fileSize, page) ? FaultPage::Page4K : FaultPage::None;
}

// Empty when `got` tiles [0, fileSize rounded up to 4 KiB) with ranges whose every page has
// the model's page size, its totals add up, and faultAt() agrees page by page; else the first
// difference.
inline std::string mismatch(const FileMap& map, uint64_t fileSize,
                            const famscope::fs::FaultPageMap& got) {
    uint64_t pos = 0;
    uint64_t sums[3] = {0, 0, 0};
    uint64_t windowBase = 1; // no window starts there
    bool windowHuge = false;
    for (const auto& r : got.ranges) {
        if (r.fileOffset != pos || r.length == 0 || r.length % kPage4K != 0)
            return "range at " + std::to_string(r.fileOffset) + " does not continue at " +
                   std::to_string(pos);
        sums[static_cast<int>(r.page)] += r.length;
        for (uint64_t page = r.fileOffset; page < r.fileOffset + r.length; page += kPage4K) {
            const uint64_t base = page - page % kPage2M;
            if (base != windowBase) // decided once per window, then page by page
                windowBase = base, windowHuge = hugeWindow(map, fileSize, base);
            const FaultPage want = pageAt(map, fileSize, page, windowHuge);
            const auto at =
                famscope::fs::faultAt(map, fileSize, page + 123 /* any byte of the page */);
            if (r.page != want || at.page != want || at.blocker != r.blocker)
                return "page " + std::to_string(page) + ": range says " +
                       famscope::fs::faultPageName(r.page) + " (" +
                       famscope::fs::blockerName(r.blocker) + "), faultAt " +
                       famscope::fs::faultPageName(at.page) + " (" +
                       famscope::fs::blockerName(at.blocker) + "), model " +
                       famscope::fs::faultPageName(want);
        }
        pos += r.length;
    }
    const uint64_t end = (fileSize + kPage4K - 1) / kPage4K * kPage4K;
    if (pos != end)
        return "ranges end at " + std::to_string(pos) + ", the file at " + std::to_string(end);
    if (sums[0] != got.bytesNone || sums[1] != got.bytes4K || sums[2] != got.bytes2M)
        return "totals do not add up";
    return {};
}

} // namespace oracle
