// CRC-32 as famfs computes it: zlib's crc32() seeded with crc32(0, Z_NULL, 0). famscope computes
// it with libdeflate, the same CRC-32 (tests/golden/tst_crc cross-checks the two) at about four
// times zlib's speed through carry-less multiplication; CRCs are most of the cost of loading a
// full log.
#pragma once

#include <cstddef>
#include <cstdint>

namespace famscope::famfs {

uint32_t crc32Of(const uint8_t* data, size_t len);

} // namespace famscope::famfs
