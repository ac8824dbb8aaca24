// famfs on-media constants (famfs-format.md sections 1 and 2). Version 48 / OMF 2.2 layout,
// which version 47 / OMF 2.1 shares.
#pragma once

#include <cstddef>
#include <cstdint>

namespace famscope::famfs {

inline constexpr uint64_t kSuperMagic = 0x87b282ff;
inline constexpr uint64_t kLogMagic = 0x00000badcafef00dULL;

inline constexpr uint64_t kCurrentVersion = 48;
inline constexpr uint64_t kPreviousVersion = 47; // same layout (OMF 2.1)
inline constexpr uint32_t kOmfMajor = 2;
inline constexpr uint32_t kOmfMinor = 2;

inline constexpr uint64_t kSuperblockRegionSize = 0x200000; // 2 MiB
inline constexpr uint64_t kLogOffset = 0x200000;
inline constexpr uint64_t kDefaultLogLen = 0x800000; // 8 MiB, also the minimum
inline constexpr uint64_t kAllocUnit = 0x200000;

inline constexpr size_t kSuperblockSize = 200;
inline constexpr size_t kSuperblockCrcCovers = 96;
inline constexpr size_t kLogHeaderSize = 48;
inline constexpr size_t kLogHeaderCrcCovers = 24;
inline constexpr size_t kLogEntrySize = 544;
inline constexpr size_t kLogEntryCrcCovers = 536;
inline constexpr size_t kLogEntryBodySize = 520; // the union at entry offset 16

inline constexpr size_t kMaxPathLen = 80; // bytes incl. NUL: paths are at most 79 characters
inline constexpr size_t kMaxExtents = 16; // simple extents per file, strips per interleave
inline constexpr size_t kDaxdevPathLen = 64;

inline constexpr uint32_t kFlagAllHostsRo = 1;
inline constexpr uint32_t kFlagAllHostsRw = 2;

inline constexpr uint32_t kExtSimple = 0;
inline constexpr uint32_t kExtInterleave = 1;

// Number of log slots that fit in a log of `logLen` bytes.
constexpr uint64_t logSlots(uint64_t logLen) {
    return logLen < kLogHeaderSize ? 0 : (logLen - kLogHeaderSize) / kLogEntrySize;
}

} // namespace famscope::famfs
