#include "core/fsck/FaultPageChecks.h"

#include "core/format/Hex.h"
#include "core/fs/FaultPages.h"
#include "core/fs/FileMap.h"

#include <cstdint>

namespace famscope::fsck {

using famfs::hexString;
using fs::kPage2M;

namespace {

// Where the fmap union starts in a log entry (famfs-format.md 1.5).
constexpr uint64_t kFmapAt = 120;

// A devdax region is 2 MiB aligned and its size a multiple of its alignment: a device whose
// size is not a multiple of 2 MiB cannot be one that maps 2 MiB pages.
bool deviceMaps2M(const CheckContext& ctx) {
    return ctx.fs.sb.ddSize != 0 && ctx.fs.sb.ddSize % kPage2M == 0;
}

const fs::FaultRange* firstLayoutBlocked(const fs::FaultPageMap& pages) {
    for (const fs::FaultRange& r : pages.ranges)
        if (fs::isLayoutBlocker(r.blocker))
            return &r;
    return nullptr;
}

} // namespace

void FaultPageChecks::run(const CheckContext& ctx, const fs::AllocationMap& alloc,
                          FindingSink& sink) {
    if (!deviceMaps2M(ctx))
        return;
    // With every extent or strip (and the chunk) on 2 MiB boundaries, no 2 MiB window can be
    // split or misaligned: only the files the allocation map found off those boundaries need a
    // scan, in log order. One budget of resolutions for the whole log: a hostile log of huge
    // files with tiny chunks must not keep fsck busy for hours. Files past it are not classified.
    size_t budget = fs::kMaxFaultSteps;
    for (auto it = alloc.off2MLayouts.begin(); it != alloc.off2MLayouts.end() && budget > 0; ++it) {
        const uint64_t i = *it;
        const famfs::LogEntry e = ctx.entries.at(i);
        const famfs::FileMeta* f = e.file();
        const auto pages = fs::faultPages(fs::fileMapOf(*f), f->size, budget);
        if (!pages)
            return;
        budget -= pages->steps;
        const fs::FaultRange* first = firstLayoutBlocked(*pages);
        if (!first)
            continue;
        report(sink, codes::FileHugeFaultsBlocked, entryLocation(i, e.path(), "fmap", kFmapAt),
               "the layout makes " + std::to_string(pages->layoutBlockedWindows) +
                   " of the file's 2 MiB windows fault in 4 KiB pages, the first at file offset " +
                   hexString(first->fileOffset) + "+" + hexString(first->length) + ": " +
                   fs::blockerText(first->blocker) + "; " + std::to_string(pages->percent2M()) +
                   "% of the file can fault in 2 MiB pages");
    }
}

} // namespace famscope::fsck
