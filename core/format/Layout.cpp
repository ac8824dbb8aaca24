#include "core/format/Layout.h"

#include <string>

namespace famscope::famfs {

namespace {
std::string describeHistorical(uint64_t version, uint64_t entrySize) {
    switch (entrySize) {
    case 328:
        return "famfs version 46 layout (before 2024-08-13): 328-byte log entries";
    case 288:
        return "famfs version 46 layout (2024-08): 288-byte log entries";
    case 352:
        return version == 46 || version == 47 ? "famfs version 47 layout of 2024-08 or 2025-03 (8 "
                                                "extents): 352-byte log entries"
                                              : "352-byte log entries (an early famfs layout)";
    case 368:
        return "famfs version 47 layout of 2024-10 .. 2025-03 (ie_nbytes): 368-byte log entries";
    default:
        break;
    }
    return "unknown famfs layout: " + std::to_string(entrySize) + "-byte log entries";
}
} // namespace

LayoutInfo detectLayout(const Superblock& sb, const LogHeader* header) {
    LayoutInfo info;
    if (header && header->magicValid() && header->len >= kLogHeaderSize &&
        header->lastIndex < header->len) {
        info.entrySize = (header->len - kLogHeaderSize) / (header->lastIndex + 1);
    }
    const bool omfCurrent = sb.omfMajor == 2 && (sb.omfMinor == 1 || sb.omfMinor == 2);
    if (!sb.magicValid()) {
        // No superblock to go by: the log header alone tells whether entries can be read.
        info.supported = info.entrySize == kLogEntrySize;
        info.description = info.supported
                               ? "no famfs superblock; the log has the current 544-byte entries"
                               : "no famfs superblock";
        return info;
    }
    if (info.entrySize != 0 && info.entrySize != kLogEntrySize) {
        info.description = describeHistorical(sb.version, info.entrySize) + "; not supported";
        return info;
    }
    if (sb.versionKnown() && omfCurrent) {
        info.supported = true;
        info.entrySize = kLogEntrySize;
        info.description = "famfs version " + std::to_string(sb.version) + ", OMF " +
                           std::to_string(sb.omfMajor) + "." + std::to_string(sb.omfMinor);
        return info;
    }
    if (sb.version <= 47 && !omfCurrent) {
        info.description = "famfs version " + std::to_string(sb.version) + " with OMF " +
                           std::to_string(sb.omfMajor) + "." + std::to_string(sb.omfMinor) +
                           " (an older layout); not supported";
        return info;
    }
    // A newer version or an unknown OMF: read it with the newest layout when the OMF looks
    // like it, or when the log header's sizes say its entries are the newest size (the header
    // is valid and as long as the superblock says); the caller warns that it is assumed.
    const bool sizesAgree = info.entrySize == kLogEntrySize && header && header->len == sb.logLen;
    info.supported = omfCurrent || sizesAgree;
    info.entrySize = kLogEntrySize;
    const char* how = omfCurrent   ? " (unknown version, read with the 2.2 layout)"
                      : sizesAgree ? " (unknown OMF; the log's sizes match the 2.2 layout, read "
                                     "with it)"
                                   : " (unknown layout); not supported";
    info.description = "famfs version " + std::to_string(sb.version) + ", OMF " +
                       std::to_string(sb.omfMajor) + "." + std::to_string(sb.omfMinor) + how;
    return info;
}

} // namespace famscope::famfs
