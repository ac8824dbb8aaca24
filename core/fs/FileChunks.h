// Where a file's bytes sit in its map, as the window's extent table and stripe diagram show it:
// simple extents follow each other in the file; an interleaved file is cut into chunks of
// chunk_size bytes, and strip j holds chunks j, j + nstrips, j + 2 nstrips, ... (famfs's
// famfs_interleave_fileofs_to_daxofs).
#pragma once

#include "core/fs/FileMap.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace famscope::fs {

// Chunks in a file of `fileSize` bytes: 0 when the map is degenerate (no chunk size, no strips).
uint64_t fileChunkCount(const FileMap& map, uint64_t fileSize);
// How many chunks strip `strip` holds, and the first `most` of them in file order.
uint64_t stripChunkCount(const FileMap& map, uint64_t fileSize, uint64_t strip);
std::vector<uint64_t> stripChunks(const FileMap& map, uint64_t fileSize, uint64_t strip,
                                  uint64_t most);
// The file offset where piece `k` begins: after the extents before it (simple), or at chunk k
// (interleaved: the first chunk of strip k).
uint64_t pieceFileOffset(const FileMap& map, size_t k);

} // namespace famscope::fs
