// The file map of one FILE log entry, decoded once from the aliased fmap union so that the
// resolver, replay and the allocation map all read the same extents the same way.
//
// famfs stores either a simple extent list (fmap_nextents extents) or one interleaved extent
// (nstrips strips of chunk_size chunks) in the same 400 bytes. Counts come from media and are
// untrusted: at most 16 extents or strips are read, and a larger count is kept in
// declaredCount so callers can report the clamp.
#pragma once

#include "core/format/LogEntry.h"

#include <boost/container/small_vector.hpp>

#include <cstdint>

namespace famscope::fs {

// One extent inline: famfs allocates contiguously by default, so a typical file has exactly
// one, and replaying a full log builds a map for each of its 100k+ files without a heap
// allocation for any of them. More extents (at most famfs::kMaxExtents) spill to the heap.
using ExtentList = boost::container::small_vector<famfs::SimpleExtent, 1>;

struct FileMap {
    bool interleaved = false;
    ExtentList extents;     // simple maps
    uint64_t chunkSize = 0; // interleaved maps
    ExtentList strips;      // interleaved maps, in log order (never sorted)

    uint32_t extType = 0;       // fmap_ext_type as logged (anything but 1 is read as simple)
    uint64_t declaredCount = 0; // fmap_nextents or ie_nstrips as logged, before the clamp
    bool clamped() const { return declaredCount > famfs::kMaxExtents; }

    // The extents (simple) or strips (interleaved), whichever this map uses.
    const ExtentList& pieces() const { return interleaved ? strips : extents; }
    // Sum of the extent or strip lengths; saturates at UINT64_MAX instead of wrapping.
    uint64_t mappedBytes() const;
    bool operator==(const FileMap&) const = default;
};

// The extents or strips of a FILE entry, exactly as fileMapOf() lists them, copied from the
// entry into the object (no heap). For passes over every file of a log that only read the
// pieces (fsck's allocation map, file map and fault page checks), where building a FileMap for
// each file was most of their cost.
class EntryPieces {
public:
    explicit EntryPieces(const famfs::FileMeta& meta);
    bool interleaved() const { return interleaved_; }
    uint64_t declaredCount() const { return declaredCount_; } // before the clamp to 16
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    famfs::SimpleExtent operator[](size_t k) const {
        const uint64_t* w = words_ + first_ + 3 * k;
        return {wordAt(w[0]), wordAt(w[1]), wordAt(w[2])};
    }
    // Sum of the lengths; saturates at UINT64_MAX instead of wrapping.
    uint64_t mappedBytes() const;

private:
    // One word, loaded on its own. The pieces are read right after the constructor stored
    // them, and GCC merged two words of a piece into one 16-byte load, which spans two of those
    // stores and so cannot take its bytes from them: it waits until they reach the cache. The
    // empty asm keeps each word in a register of its own, loaded as it was stored.
    static uint64_t wordAt(const uint64_t& word) {
        uint64_t v = word;
        asm("" : "+r"(v));
        return v;
    }

    bool interleaved_;
    uint64_t declaredCount_;
    size_t size_;
    size_t first_; // the fmap word where the pieces start: after nstrips and chunk_size
    // The fmap's words, copied once: only those up to the last piece (and at least the eight
    // held inline) are written, as zeroing all 50 for every entry cost more than it saved, and
    // a check reads each piece several times.
    uint64_t words_[famfs::FmapWords::kWords];
};

FileMap fileMapOf(const famfs::FileMeta& meta);
// fileMapOf() into `map`, whatever it held: replay fills each FsFile's map in place, as moving
// a map in copies its inline extents.
void fillFileMap(const famfs::FileMeta& meta, FileMap& map);

} // namespace famscope::fs
