#include "core/fs/FileChunks.h"

#include <algorithm>

namespace famscope::fs {

uint64_t fileChunkCount(const FileMap& map, uint64_t fileSize) {
    if (map.chunkSize == 0 || map.strips.empty())
        return 0;
    return fileSize / map.chunkSize + (fileSize % map.chunkSize != 0 ? 1 : 0);
}

uint64_t stripChunkCount(const FileMap& map, uint64_t fileSize, uint64_t strip) {
    const uint64_t chunks = fileChunkCount(map, fileSize);
    const uint64_t n = map.strips.size();
    return strip < chunks ? (chunks - strip + n - 1) / n : 0;
}

std::vector<uint64_t> stripChunks(const FileMap& map, uint64_t fileSize, uint64_t strip,
                                  uint64_t most) {
    std::vector<uint64_t> out;
    const uint64_t held = std::min(stripChunkCount(map, fileSize, strip), most);
    for (uint64_t i = 0; i < held; ++i)
        out.push_back(strip + i * map.strips.size());
    return out;
}

uint64_t pieceFileOffset(const FileMap& map, size_t k) {
    if (map.interleaved)
        return static_cast<uint64_t>(k) * map.chunkSize;
    uint64_t start = 0;
    for (size_t i = 0; i < k && i < map.extents.size(); ++i)
        start += map.extents[i].len;
    return start;
}

} // namespace famscope::fs
