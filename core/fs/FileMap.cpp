#include "core/fs/FileMap.h"

#include <algorithm>
#include <limits>

namespace famscope::fs {

namespace {

// fmap_nextents or ie_nstrips as logged. The kernel only ever sees one interleaved extent
// (fmap_niext is 1 in practice), and fsck reads the strips of ie[0]; so does this, whatever
// niext says.
uint64_t declaredCountOf(const famfs::FileMeta& meta) {
    return meta.interleaved() ? meta.nstrips() : meta.count;
}

// How many extents or strips are read: at most 16, whatever the count says.
size_t pieceCountOf(uint64_t declared) {
    return static_cast<size_t>(std::min<uint64_t>(declared, famfs::kMaxExtents));
}

famfs::SimpleExtent pieceOf(const famfs::FileMeta& meta, size_t k) {
    return meta.interleaved() ? meta.strip(k) : meta.extent(k);
}

// total + len, saturating at UINT64_MAX instead of wrapping.
uint64_t addLength(uint64_t total, uint64_t len) {
    return len > std::numeric_limits<uint64_t>::max() - total ? std::numeric_limits<uint64_t>::max()
                                                              : total + len;
}

} // namespace

uint64_t FileMap::mappedBytes() const {
    uint64_t total = 0;
    for (const auto& e : pieces())
        total = addLength(total, e.len);
    return total;
}

uint64_t mappedBytesOf(const famfs::FileMeta& meta) {
    const size_t n = pieceCountOf(declaredCountOf(meta));
    uint64_t total = 0;
    for (size_t k = 0; k < n; ++k)
        total = addLength(total, pieceOf(meta, k).len);
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
    map.declaredCount = declaredCountOf(meta);
    const size_t n = pieceCountOf(map.declaredCount);
    // Sized once and written in place: fsck builds every file's map in three passes, and a
    // push_back per piece (a capacity check each, out of line) was most of that cost.
    ExtentList& pieces = map.interleaved ? map.strips : map.extents;
    (map.interleaved ? map.extents : map.strips).clear();
    pieces.resize(n);
    for (size_t k = 0; k < n; ++k)
        pieces[k] = pieceOf(meta, k);
    map.chunkSize = map.interleaved ? meta.chunkSize() : 0;
}

} // namespace famscope::fs
