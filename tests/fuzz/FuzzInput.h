// The fuzz input format for the replay + fsck target, shared with the seed maker so that
// seeds made from the golden images decode back into the same metadata:
//
//   byte 0       media size selector (kMediaSizes[byte % count])
//   bytes 1..    the superblock (200 bytes), the log header (48 bytes), then log entries
//                (544 bytes each; a short tail is zero-padded by the media)
//
// The media is anonymous memory (only touched pages cost), so a 4 GiB device is cheap.
#pragma once

#include "core/media/MemoryMedia.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace famscope::fuzz {

inline constexpr uint64_t kMediaSizes[] = {
    uint64_t{1} << 20,                  // shorter than the superblock region
    (uint64_t{2} << 20) + 48 + 4 * 544, // ends inside the log
    uint64_t{10} << 20,                 // the superblock region and an 8 MiB log
    uint64_t{18} << 20,                 // ... a 16 MiB log
    uint64_t{4} << 30,                  // a small real device
};
inline constexpr uint8_t kRealDevice = 4; // selector of the 4 GiB media

std::unique_ptr<media::MemoryMedia> mediaFromInput(const uint8_t* data, size_t size);
std::vector<uint8_t> inputFromMetadata(uint8_t selector, const std::vector<uint8_t>& superblock,
                                       const std::vector<uint8_t>& logPrefix);

} // namespace famscope::fuzz
