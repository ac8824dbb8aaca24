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
    // Sized once and written in place: fsck builds every file's map in each of four passes,
    // and a push_back per piece (a capacity check each, out of line) was most of that cost.
    ExtentList& pieces = map.interleaved ? map.strips : map.extents;
    (map.interleaved ? map.extents : map.strips).clear();
    pieces.resize(n);
    for (size_t k = 0; k < n; ++k)
        pieces[k] = map.interleaved ? meta.strip(k) : meta.extent(k);
    map.chunkSize = map.interleaved ? meta.chunkSize() : 0;
}

} // namespace famscope::fs
