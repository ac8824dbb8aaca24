// Puts the files and directories a replay created in path order (byte-wise, as std::string's
// operator< orders them) without comparing whole paths. Replay lists both sorted by path; a
// full log holds 120,000 paths, nested and sharing long prefixes, and sorting them whole took
// about a third of building the namespace. Every created path is its parent directory's path,
// a '/' and a name, and replay knows the parent, so only the names within one directory are
// compared here; a depth-first walk of the tree then yields the order.
// Internal to replay: not an API.
#pragma once

#include "core/fs/BulkAllocator.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace famscope::fs::replay_detail {

// A created file or directory before the namespace holds it: its normalised path and where it
// hangs in the tree. Replay records these, orders them and only then builds the FsFile and
// FsDir objects, in their final order, so that no built object is moved to sort it.
// 16 bytes, as a full log records one per entry. An entry index fits 32 bits, as the path
// table's references do (a log of 2^32 entries would decode into 2.4 TB of entries;
// LoadOptions reads at most 1,973,790 by default).
struct Pending {
    Pending() = default;
    // Spelled out so that a list can emplace_back() one in place: clang before 16 has no
    // parenthesised aggregate initialisation.
    Pending(const char* path, uint32_t pathSize, uint32_t parentNode, uint32_t entry)
        : data(path), size(pathSize), parent(parentNode), entryIndex(entry) {}

    const char* data = nullptr; // the path, in the replayer's path arena or in its entry
    uint32_t size = 0;
    uint32_t parent = 0; // 0: the mount point; k + 1: the k-th created directory
    uint32_t entryIndex = 0;
    std::string_view path() const { return {data, size}; }
};

struct PathOrder {
    using List = std::vector<Pending, BulkAllocator<Pending>>;
    List files; // the created files, in path order
    List dirs;  // the created directories, in path order
};

// `files` and `dirs` are in creation order. Each path is at most kMaxPathLen bytes and is its
// parent directory's path, a '/' and a non-empty name without '/' or NUL (just the name under
// the mount point); a directory is created before anything in it; and the byte after each
// directory's path is a '/' (the path arena keeps one there), so that its name and that '/' can
// be read as one string.
PathOrder orderByPath(std::span<const Pending> files, std::span<const Pending> dirs);

} // namespace famscope::fs::replay_detail
