#include "core/format/Crc.h"

#include <libdeflate.h>

namespace famscope::famfs {

uint32_t crc32Of(const uint8_t* data, size_t len) {
    // libdeflate's seed 0 is zlib's crc32(0, Z_NULL, 0); it takes size_t lengths whole.
    return libdeflate_crc32(0, data, len);
}

} // namespace famscope::famfs
