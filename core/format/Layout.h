// Which on-media layout a superblock + log header describe. ts_version was not bumped for
// several layout changes (famfs-format.md section 1.6), so the OMF fields and the entry size
// implied by the log header decide, and anything but the current layout is reported as
// unsupported rather than misparsed.
#pragma once

#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"

#include <cstdint>
#include <string>

namespace famscope::famfs {

struct LayoutInfo {
    bool supported = false;
    uint64_t entrySize = 0; // implied by the log header; 0 when it cannot be told
    std::string description;
};

// `header` may be null when the log header could not be read.
LayoutInfo detectLayout(const Superblock& sb, const LogHeader* header);

} // namespace famscope::famfs
