// struct famfs_superblock (200 bytes at device offset 0), famfs-format.md section 1.3.
// Every field is kept, padding included, so that encode(decode(bytes)) == bytes.
#pragma once

#include "core/format/Constants.h"
#include "core/format/Uuid.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>

namespace famscope::famfs {

struct Superblock {
    uint64_t magic = 0;
    uint64_t version = 0;
    uint64_t logOffset = 0;
    uint64_t logLen = 0;
    uint64_t allocUnit = 0;
    uint32_t omfMajor = 0;
    uint32_t omfMinor = 0;
    Uuid uuid;
    Uuid devUuid;
    Uuid systemUuid;
    uint64_t crc = 0;     // stored; only the low 32 bits are ever set by famfs
    uint32_t sbFlags = 0; // never written by mkfs
    uint32_t padding = 0; // bytes 108..111
    // struct famfs_daxdev (the primary device) at offset 112
    uint64_t ddSize = 0;
    Uuid ddUuid;
    std::array<uint8_t, kDaxdevPathLen> ddDaxdev{}; // strncpy'd, maybe not NUL-terminated

    bool magicValid() const { return magic == kSuperMagic; }
    uint32_t computeCrc() const; // crc32 over the encoded bytes [0, 96)
    bool crcValid() const { return crc == computeCrc(); }
    bool versionKnown() const { return version == kCurrentVersion || version == kPreviousVersion; }
    std::string daxdevPath() const; // up to the first NUL or 64 characters

    // A current-version superblock as mkfs.famfs fills it (UUIDs and device path left for the
    // caller), CRC set. Call seal() again after changing any field in [0, 96).
    static Superblock fresh(uint64_t deviceSize, uint64_t logLen);
    void seal() { crc = computeCrc(); }

    static Superblock decode(std::span<const uint8_t, kSuperblockSize> bytes);
    std::array<uint8_t, kSuperblockSize> encode() const;
    void setDaxdevPath(const std::string& path); // strncpy semantics
};

// Field table for structure overlays (hex view, CLI): name, offset, size in bytes.
struct FieldSpan {
    const char* name;
    uint32_t offset;
    uint32_t size;
};
std::span<const FieldSpan> superblockFields();

} // namespace famscope::famfs
