// struct famfs_log header (48 bytes at device offset 2 MiB), famfs-format.md section 1.4.
#pragma once

#include "core/format/Constants.h"
#include "core/format/Superblock.h"

#include <array>
#include <cstdint>
#include <span>

namespace famscope::famfs {

struct LogHeader {
    uint64_t magic = 0;
    uint64_t len = 0;
    uint64_t lastIndex = 0; // last usable slot, inclusive
    uint64_t crc = 0;       // covers [0, 24): magic, len, last_index
    uint64_t nextSeqnum = 0;
    uint64_t nextIndex = 0;

    bool magicValid() const { return magic == kLogMagic; }
    uint32_t computeCrc() const;
    bool crcValid() const { return crc == computeCrc(); }
    uint64_t capacity() const { return lastIndex + 1; } // slots, as the header claims

    static LogHeader decode(std::span<const uint8_t, kLogHeaderSize> bytes);
    std::array<uint8_t, kLogHeaderSize> encode() const;
    // A fresh header for a log of `logLen` bytes, as mkfs writes it (CRC set).
    static LogHeader fresh(uint64_t logLen);
};

std::span<const FieldSpan> logHeaderFields();

} // namespace famscope::famfs
