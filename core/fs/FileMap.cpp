#include "core/fs/FileMap.h"

#include <algorithm>
#include <limits>

namespace famscope::fs {

uint64_t FileMap::mappedBytes() const {
    uint64_t total = 0;
    for (const auto& e : pieces()) {
        if (e.len > std::numeric_limits<uint64_t>::max() - total)
            return std::numeric_limits<uint64_t>::max();
        total += e.len;
    }
    return total;
}

FileMap fileMapOf(const famfs::FileMeta& meta) {
    FileMap map;
    fillFileMap(meta, map);
    return map;
}

void fillFileMap(const famfs::FileMeta& meta, FileMap& map) {
    map.extType = meta.extType;
    map.interleaved = meta.interleaved();
    // The kernel only ever sees one interleaved extent (fmap_niext is 1 in practice), and
    // fsck reads the strips of ie[0]; so does this, whatever niext says.
    map.declaredCount = map.interleaved ? meta.nstrips() : meta.count;
    const size_t n = static_cast<size_t>(std::min<uint64_t>(map.declaredCount, famfs::kMaxExtents));
    map.extents.clear();
    map.strips.clear();
    map.chunkSize = 0;
    if (map.interleaved) {
        map.chunkSize = meta.chunkSize();
        map.strips.reserve(n);
        for (size_t j = 0; j < n; ++j)
            map.strips.push_back(meta.strip(j));
    } else {
        map.extents.reserve(n);
        for (size_t i = 0; i < n; ++i)
            map.extents.push_back(meta.extent(i));
    }
}

} // namespace famscope::fs
