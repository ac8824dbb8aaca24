#include "format/Crc.h"

#include <zlib.h>

namespace famscope::famfs {

uint32_t crc32Of(const uint8_t* data, size_t len) {
    uLong crc = crc32(0L, Z_NULL, 0);
    // zlib takes uInt lengths; feed large buffers in pieces.
    while (len > 0) {
        const uInt piece = len > 0x40000000u ? 0x40000000u : static_cast<uInt>(len);
        crc = crc32(crc, data, piece);
        data += piece;
        len -= piece;
    }
    return static_cast<uint32_t>(crc);
}

} // namespace famscope::famfs
