// The largest page the kernel can map on a fault in each part of a famfs file: what decides
// whether an application touching the file takes one fault per 2 MiB or one per 4 KiB.
//
// The rules are those of the kernel's DAX fault path (fs/dax.c) over famfs's iomap_begin,
// which answers with the resolver's run (Resolver.h). A 2 MiB (PMD) fault at the 2 MiB-aligned
// file offset `base` maps a 2 MiB page only if, in the order the kernel checks:
//   1. the page lies inside the file: dax_iomap_pmd_fault falls back when the PMD's last page
//      index reaches DIV_ROUND_UP(i_size, 4 KiB), i.e. unless base + 2 MiB <= i_size rounded
//      up to 4 KiB;
//   2. famfs maps the whole 2 MiB in one run: iomap length < PMD_SIZE falls back, and famfs
//      ends a run at every extent end (simple) and chunk or strip end (interleaved), even
//      where the next piece happens to follow on the device;
//   3. the device offset is 2 MiB aligned: dax_iomap_direct_access refuses a pfn that is not
//      PMD aligned (assuming the device itself starts 2 MiB aligned, as devdax regions do).
// Otherwise the fault falls back to 4 KiB pages, and a 4 KiB fault maps when its page starts
// inside i_size and resolves; elsewhere the access gets SIGBUS. A file fault never maps more
// than 2 MiB: 1 GiB (PUD) pages exist only for an mmap of the raw devdax device whose
// alignment is 1 GiB, never for famfs files.
#pragma once

#include "core/Result.h"
#include "core/fs/FileMap.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace famscope::fs {

inline constexpr uint64_t kPage4K = uint64_t{1} << 12;
inline constexpr uint64_t kPage2M = uint64_t{1} << 21;

enum class FaultPage { None, Page4K, Page2M };

// Why the 2 MiB window around an offset cannot be one 2 MiB page (the first rule it breaks).
enum class HugeBlocker {
    Nothing,          // it can: a 2 MiB page
    PastEndOfFile,    // rule 1: the window runs past the file's size
    Unmapped,         // the window's start resolves to nothing
    SplitByBoundary,  // rule 2: an extent, chunk or strip ends inside the window
    DeviceMisaligned, // rule 3: the device offset is not 2 MiB aligned
};

const char* faultPageName(FaultPage page);    // "2M", "4K", "none"
const char* blockerName(HugeBlocker blocker); // "eligible", "past_eof", ...
std::string blockerText(HugeBlocker blocker); // a short English phrase

// A layout problem rather than the file being short or damaged: what famscope fsck notes.
inline bool isLayoutBlocker(HugeBlocker b) {
    return b == HugeBlocker::SplitByBoundary || b == HugeBlocker::DeviceMisaligned;
}

// The largest page for a fault at `fileOffset`, and why not bigger.
struct FaultAt {
    FaultPage page = FaultPage::None;
    HugeBlocker blocker = HugeBlocker::Nothing; // of the 2 MiB window around fileOffset
};
FaultAt faultAt(const FileMap& map, uint64_t fileSize, uint64_t fileOffset);

struct FaultRange {
    uint64_t fileOffset = 0;
    uint64_t length = 0;
    FaultPage page = FaultPage::None;
    HugeBlocker blocker = HugeBlocker::Nothing;
    bool operator==(const FaultRange&) const = default;
};

// The whole file, [0, i_size rounded up to 4 KiB), as ranges of one page size and blocker,
// adjacent equal ranges merged, with the byte totals of each page size.
struct FaultPageMap {
    std::vector<FaultRange> ranges;
    uint64_t bytes2M = 0;
    uint64_t bytes4K = 0;
    uint64_t bytesNone = 0;
    uint64_t layoutBlockedWindows = 0; // 2 MiB windows inside the file blocked by the layout
    size_t steps = 0;                  // resolutions the classification took (see maxSteps)
    uint64_t total() const { return bytes2M + bytes4K + bytesNone; }
    // Whole percent of the file that faults in 2 MiB pages (0 for an empty file).
    unsigned percent2M() const { return percentOf(bytes2M); }
    // Whole percent of the file that `bytes` (one of the totals) are, rounded down.
    unsigned percentOf(uint64_t bytes) const;
};

// Bounded: a hostile map (tiny chunks, an absurd size) could need billions of ranges; past
// `maxSteps` resolutions it fails instead.
inline constexpr size_t kMaxFaultSteps = size_t{1} << 22;
Result<FaultPageMap> faultPages(const FileMap& map, uint64_t fileSize,
                                size_t maxSteps = kMaxFaultSteps);

} // namespace famscope::fs
