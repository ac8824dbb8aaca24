// File offset -> (device index, device offset): the one code path every feature uses to reach
// file data (hex view, verify, heatmap, read-through-map), with exactly the kernel's semantics
// (famfs-format.md section 5), so that famscope never shows bytes the kernel would not map.
//
// * Simple maps walk the extent list like famfs_meta_to_dax_offset: the walk is bounded by the
//   extents, not by the file size, so the slack between fm_size and the end of the last extent
//   is mappable (as the tail page of an mmap is); nothing past the last extent is.
// * Interleaved maps compute the chunk like famfs_interleave_fileofs_to_daxofs: nothing at or
//   beyond the file size; a run never crosses a chunk boundary; plus the newest kernel's
//   checks (an offset past the strip's length is unmapped, a run is clipped to the strip).
//   A chunk size of 0 or no strips map nothing (the kernel would divide by zero).
#pragma once

#include "core/Result.h"
#include "core/fs/FileMap.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace famscope::fs {

struct DeviceRun {
    uint64_t fileOffset = 0;
    uint64_t devindex = 0;
    uint64_t deviceOffset = 0;
    uint64_t length = 0;      // always > 0
    uint32_t extentIndex = 0; // index of the simple extent or of the strip
    bool operator==(const DeviceRun&) const = default;
};

// One part of the calculation the kernel makes, with its numbers filled in: what --explain
// prints and the resolver panel shows. Recorded by the resolver itself while it resolves (see
// resolve()'s `trace`), so the explanation cannot drift from the answer.
struct ResolveStep {
    std::string kind; // skip_extent, in_extent, past_extents, chunk, strip, strip_offset,
                      // device_offset, eof, short_strip, degenerate, overflow
    std::string text; // one English sentence with the numbers
    std::vector<std::pair<std::string, uint64_t>> values; // the same numbers, named
};
using ResolveTrace = std::vector<ResolveStep>;

// One kernel resolution step: the device run starting at `fileOffset`, at most `len` bytes
// long and never crossing an extent (simple) or chunk (interleaved) boundary. nullopt when the
// kernel would map nothing there (EOF, past the extents, degenerate map) or when len is 0.
// `fileSize` only matters for interleaved maps. With `trace`, each part of the calculation is
// appended to it as it is made.
std::optional<DeviceRun> resolve(const FileMap& map, uint64_t fileSize, uint64_t fileOffset,
                                 uint64_t len, ResolveTrace* trace = nullptr);

// A fault at `fileOffset` explained: the resolver's steps, and the run it finds when nothing
// limits the length, so run->length is the mapped length up to the next discontinuity (end
// of the extent, or of the chunk or strip), where the kernel must resolve again.
struct Explanation {
    ResolveTrace steps;
    std::optional<DeviceRun> run;
    std::string why; // empty when run is set
};
Explanation explain(const FileMap& map, uint64_t fileSize, uint64_t fileOffset);

// Why resolve() returns nullopt at `fileOffset`; empty when it maps.
std::string unmappedReason(const FileMap& map, uint64_t fileSize, uint64_t fileOffset);

// How many bytes from file offset 0 resolve without a gap, at most `fileSize`: what a reader
// of the whole file can reach. Less than fileSize when the logged size runs past the extents
// (simple) or past the end of a strip (interleaved); famfs never writes such an entry, a
// damaged or hostile log can.
uint64_t backedBytes(const FileMap& map, uint64_t fileSize);

// Upper bound on the runs resolveRange() returns: an interleaved map from untrusted media can
// have tiny chunks, and a range over it must not become an unbounded loop or allocation.
inline constexpr size_t kMaxRangeRuns = size_t{1} << 22;

// [fileOffset, fileOffset + len) as the kernel's callers walk it: resolve(), advance by the
// returned length, repeat. One run per step; adjacent runs are NOT merged, even when they are
// contiguous on the device, so each run names the extent or strip it came from and the list
// matches what the kernel does call by call. Fails, naming the first unmappable file offset,
// when any byte of the range is unmapped; len 0 gives an empty list. Note that an interleaved
// range may end inside the last chunk past fileSize (the kernel maps whole chunks once the
// start offset is below EOF), exactly as a page fault on the tail page does.
Result<std::vector<DeviceRun>> resolveRange(const FileMap& map, uint64_t fileSize,
                                            uint64_t fileOffset, uint64_t len,
                                            size_t maxRuns = kMaxRangeRuns);

} // namespace famscope::fs
