// The file map of one FILE entry: size, extent count, every extent or strip (zero offset,
// alignment, length, device and media bounds, devindex), the sum of the extents against the
// size, and the interleave parameters (niext, nstrips, chunk size, strip length).
#pragma once

#include "core/fsck/CheckContext.h"

#include "core/format/LogEntry.h"
#include "core/fs/FileMap.h"

#include <string_view>

namespace famscope::fsck {

class FileMapChecks {
public:
    // `pieces` are EntryPieces(meta). `devicesAdded` is the highest dd_index of the valid
    // ADD_DAXDEV entries logged before this one (0: only the primary device exists).
    static void run(const CheckContext& ctx, uint64_t index, std::string_view path,
                    const famfs::FileMeta& meta, const fs::EntryPieces& pieces,
                    uint64_t devicesAdded, FindingSink& sink);

    // famfs replay's zero-offset rule (famfs-format.md 3.3): se[j].se_offset for
    // j < fmap_nextents, read through the union even for interleaved maps.
    static bool famfsSkipsForZeroOffset(const famfs::FileMeta& meta);
};

} // namespace famscope::fsck
