#include "FuzzInput.h"

#include "core/format/Constants.h"

#include <algorithm>
#include <cstring>

namespace famscope::fuzz {

using namespace famfs;

std::unique_ptr<media::MemoryMedia> mediaFromInput(const uint8_t* data, size_t size) {
    constexpr size_t kSizes = sizeof kMediaSizes / sizeof kMediaSizes[0];
    const uint64_t mediaSize = kMediaSizes[size == 0 ? kRealDevice : data[0] % kSizes];
    auto media = std::make_unique<media::MemoryMedia>("fuzz", mediaSize);
    if (size <= 1 || media->size() == 0)
        return media;
    const uint8_t* in = data + 1;
    const size_t n = size - 1;
    const size_t sbBytes = std::min<size_t>(n, kSuperblockSize);
    std::memcpy(media->data(), in, sbBytes);
    if (n > kSuperblockSize && media->size() > kLogOffset) {
        const size_t logBytes = std::min<uint64_t>(n - kSuperblockSize, media->size() - kLogOffset);
        std::memcpy(media->data() + kLogOffset, in + kSuperblockSize, logBytes);
    }
    return media;
}

std::vector<uint8_t> inputFromMetadata(uint8_t selector, const std::vector<uint8_t>& superblock,
                                       const std::vector<uint8_t>& logPrefix) {
    std::vector<uint8_t> out;
    out.push_back(selector);
    out.insert(out.end(), superblock.begin(), superblock.end());
    out.resize(1 + kSuperblockSize, 0);
    out.insert(out.end(), logPrefix.begin(), logPrefix.end());
    return out;
}

} // namespace famscope::fuzz
