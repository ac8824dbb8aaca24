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

// With every extent or strip (and the chunk) on 2 MiB boundaries, no 2 MiB window can be split
// or misaligned: the layout allows 2 MiB faults everywhere and the file needs no scan.
// Read from the entry in place: most files of a log pass, and need no FileMap.
bool layoutMayBlock(const famfs::FileMeta& meta) {
    const fs::EntryPieces pieces(meta);
    if (pieces.interleaved() && meta.chunkSize() % kPage2M != 0)
        return true;
    for (size_t k = 0; k < pieces.size(); ++k) {
        const famfs::SimpleExtent e = pieces[k];
        if (e.offset % kPage2M != 0 || e.len % kPage2M != 0)
            return true;
    }
    return false;
}

const fs::FaultRange* firstLayoutBlocked(const fs::FaultPageMap& pages) {
    for (const fs::FaultRange& r : pages.ranges)
        if (fs::isLayoutBlocker(r.blocker))
            return &r;
    return nullptr;
}

} // namespace

void FaultPageChecks::run(const CheckContext& ctx, FindingSink& sink) {
    if (!deviceMaps2M(ctx))
        return;
    // One budget of resolutions for the whole log: a hostile log of huge files with tiny
    // chunks must not keep fsck busy for hours. Files past it are not classified.
    size_t budget = fs::kMaxFaultSteps;
    const auto& entries = ctx.fs.entries;
    for (uint64_t i = 0; i < entries.size() && budget > 0; ++i) {
        const famfs::LogEntry& e = entries[i];
        const famfs::FileMeta* f = e.file();
        if (!f || e.seqnum != i || !e.crcValid())
            continue;
        if (!layoutMayBlock(*f))
            continue;
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
