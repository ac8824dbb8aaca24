#include "core/fs/FileMap.h"

#include "core/SaturatingMath.h"

#include <algorithm>

namespace famscope::fs {

uint64_t FileMap::mappedBytes() const {
    uint64_t total = 0;
    for (const auto& e : pieces())
        total = satAdd(total, e.len);
    return total;
}

// The count is fmap_nextents or ie_nstrips as logged. The kernel only ever sees one
// interleaved extent (fmap_niext is 1 in practice), and fsck reads the strips of ie[0]; so does
// this, whatever niext says. At most 16 pieces are read, whatever the count says.
EntryPieces::EntryPieces(const famfs::FileMeta& meta)
    : interleaved_(meta.interleaved()), declaredCount_(interleaved_ ? meta.nstrips() : meta.count),
      size_(static_cast<size_t>(std::min<uint64_t>(declaredCount_, famfs::kMaxExtents))),
      // Strips follow ie_nstrips and ie_chunk_size (FileMeta::strip()); extents start at once.
      first_(interleaved_ ? 2 : 0) {
    meta.fmapWords.copyPrefix(first_ + 3 * size_, words_);
}

uint64_t EntryPieces::mappedBytes() const {
    uint64_t total = 0;
    for (size_t k = 0; k < size_; ++k)
        total = satAdd(total, (*this)[k].len);
    return total;
}

FileMap fileMapOf(const famfs::FileMeta& meta) {
    FileMap map;
    fillFileMap(meta, map);
    return map;
}

void fillFileMap(const famfs::FileMeta& meta, FileMap& map) {
    const EntryPieces in(meta);
    map.extType = meta.extType;
    map.interleaved = in.interleaved();
    map.declaredCount = in.declaredCount();
    // Sized once and written in place: replay fills a map for every file of the log, and a
    // push_back per piece (a capacity check each, out of line) was most of that cost.
    ExtentList& pieces = map.interleaved ? map.strips : map.extents;
    (map.interleaved ? map.extents : map.strips).clear();
    pieces.resize(in.size());
    for (size_t k = 0; k < in.size(); ++k)
        pieces[k] = in[k];
    map.chunkSize = map.interleaved ? meta.chunkSize() : 0;
}

} // namespace famscope::fs
