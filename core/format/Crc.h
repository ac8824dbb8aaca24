// CRC-32 as famfs computes it: zlib crc32() seeded with crc32(0, Z_NULL, 0).
#pragma once

#include <cstddef>
#include <cstdint>

namespace famscope::famfs {

uint32_t crc32Of(const uint8_t* data, size_t len);

} // namespace famscope::famfs
