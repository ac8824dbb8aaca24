#include "core/fs/NamespaceTree.h"

#include <string_view>
#include <unordered_map>

namespace famscope::fs {

NamespaceTree namespaceTree(const Namespace& ns) {
    const auto root = static_cast<uint32_t>(ns.dirs.size() + ns.files.size());
    NamespaceTree tree;
    tree.parent.assign(size_t{root} + 1, root);
    tree.row.assign(size_t{root} + 1, 0);
    tree.children.assign(size_t{root} + 1, {});
    std::unordered_map<std::string_view, uint32_t> dirNodes; // parents are directories
    dirNodes.reserve(ns.dirs.size());
    std::string_view lastParentPath; // files come sorted: most share the last one's parent
    uint32_t lastParent = root;
    auto parentOf = [&](std::string_view parentPath) -> uint32_t {
        if (const auto it = dirNodes.find(parentPath); it != dirNodes.end())
            return it->second;
        // Not a directory: only damaged logs could put a node under a file.
        if (const FsFile* f = ns.findFile(parentPath))
            return static_cast<uint32_t>(ns.dirs.size() + static_cast<size_t>(f - ns.files.data()));
        return root;
    };
    uint32_t next = 0;
    auto add = [&](const std::string& path, bool isDir) {
        const uint32_t node = next++;
        uint32_t parent = root;
        if (const size_t slash = path.rfind('/'); slash != std::string::npos) {
            const std::string_view parentPath = std::string_view(path).substr(0, slash);
            if (parentPath != lastParentPath || isDir) {
                lastParentPath = parentPath;
                lastParent = parentOf(parentPath);
            }
            parent = lastParent;
        }
        tree.parent[node] = parent;
        tree.row[node] = static_cast<uint32_t>(tree.children[parent].size());
        tree.children[parent].push_back(node);
        if (isDir)
            dirNodes.emplace(path, node);
    };
    for (const FsDir& d : ns.dirs)
        add(d.path, true);
    for (const FsFile& f : ns.files)
        add(f.path, false);
    return tree;
}

NamespaceNode namespaceNode(const Namespace& ns, uint32_t node) {
    if (node < ns.dirs.size())
        return {&ns.dirs[node], nullptr};
    return {nullptr, &ns.files[node - ns.dirs.size()]};
}

std::optional<uint32_t> nodeOfPath(const Namespace& ns, std::string_view path) {
    if (const FsDir* dir = ns.findDir(path))
        return static_cast<uint32_t>(dir - ns.dirs.data());
    if (const FsFile* file = ns.findFile(path))
        return static_cast<uint32_t>(ns.dirs.size() + static_cast<size_t>(file - ns.files.data()));
    return std::nullopt;
}

std::vector<uint32_t> nodeOfEachEntry(const Namespace& ns, uint64_t entries) {
    std::vector<uint32_t> nodes(entries, kNoNode);
    uint32_t node = 0;
    for (const FsDir& d : ns.dirs) {
        if (d.entryIndex < entries)
            nodes[d.entryIndex] = node;
        ++node;
    }
    for (const FsFile& f : ns.files) {
        if (f.entryIndex < entries)
            nodes[f.entryIndex] = node;
        ++node;
    }
    return nodes;
}

} // namespace famscope::fs
