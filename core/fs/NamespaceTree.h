// The replayed namespace as a tree, for views that show it as one (the window's namespace
// tree). Node k is ns.dirs[k] for k < dirs.size(), then ns.files in order; the last node is
// the mount point itself. Namespace keeps both lists sorted by path, so parents come before
// their children and one pass over each list links every node to its parent.
#pragma once

#include "core/fs/Namespace.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace famscope::fs {

struct NamespaceTree {
    std::vector<uint32_t> parent{0}; // the root for top-level nodes (and for the root)
    std::vector<uint32_t> row{0};    // the node's place among its parent's children
    std::vector<std::vector<uint32_t>> children = std::vector<std::vector<uint32_t>>(1);

    uint32_t root() const { return static_cast<uint32_t>(parent.size() - 1); }
};

NamespaceTree namespaceTree(const Namespace& ns);

// The directory or the file node `node` stands for (the other is null).
struct NamespaceNode {
    const FsDir* dir = nullptr;
    const FsFile* file = nullptr;
    const std::string& path() const { return file ? file->path : dir->path; }
    uint64_t entryIndex() const { return file ? file->entryIndex : dir->entryIndex; }
    Landing landing() const { return file ? file->landing : dir->landing; }
};
NamespaceNode namespaceNode(const Namespace& ns, uint32_t node); // node < tree's root()
// The node of the directory or file at `path`, if there is one.
std::optional<uint32_t> nodeOfPath(const Namespace& ns, std::string_view path);

// The node each of the first `entries` log entries instantiated, or kNoNode.
inline constexpr uint32_t kNoNode = UINT32_MAX;
std::vector<uint32_t> nodeOfEachEntry(const Namespace& ns, uint64_t entries);

} // namespace famscope::fs
