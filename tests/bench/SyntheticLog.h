// A full-size famfs log made with famscope's own encoder, for the benchmarks: one directory
// per 64 files (nested 16 deep at most), every file a one-extent simple file, each in the next
// free allocation unit. Flat, the files all go in the top directory instead (the directories
// are still made). Optionally every Nth file is a cross-linked duplicate of the previous
// one (same path, same extent), to give fsck collisions and duplicates to report. With strips
// N > 0, every file is interleaved instead: N strips of one allocation unit each, back to back,
// or, with B buckets, each in its own bucket as famfs allocates them (the device split into B
// equal parts, strip j of file i in bucket (i + j) mod B, first fit there), so that a file's
// strips are neither adjacent nor in device order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace famscope::benchdata {

struct SyntheticLog {
    uint64_t entries = 0;
    uint64_t logLen = 64ULL << 20;
    uint64_t deviceSize = 64ULL << 40; // claimed in the superblock; nothing past the log is written
    uint64_t crosslinkEvery = 0;       // 0: no damage
    bool flat = false;                 // every file in the top directory
    uint64_t strips = 0;               // 0: one simple extent a file; else interleaved, 1-16
    uint64_t buckets = 0;              // with strips: 0 back to back, else strips..64 buckets
};

// The allocation units a file of `spec` takes.
inline uint64_t unitsPerFile(const SyntheticLog& spec) {
    return spec.strips == 0 ? 1 : spec.strips;
}

// Writes the superblock, log header and entries into `metadata`, which must hold at least
// 2 MiB + logLen bytes (the superblock region and the log).
void writeSyntheticLog(uint8_t* metadata, const SyntheticLog& spec);

// `metadata` as the start of a sparse image file of deviceSize bytes: nothing past it is
// written. False (errno set) when the file cannot be made or written.
bool writeSparseImage(const std::string& path, uint64_t deviceSize,
                      const std::vector<uint8_t>& metadata);

// Drops the first `bytes` of the file at `path` from the page cache and reads them back a
// 4 KiB page fault at a time through a mapping with readahead off (MADV_RANDOM), which leaves
// them in 4 KiB folios: the page cache in which both famscope and the famfs tools read a log
// slowest (docs/BENCHMARKS.md). A fresh write leaves large folios where the file system
// makes them. False (errno set) on failure.
bool refillInSmallFolios(const std::string& path, uint64_t bytes);

} // namespace famscope::benchdata
