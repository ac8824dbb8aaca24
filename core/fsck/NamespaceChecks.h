// What a replay makes of the paths, in log order: duplicates (the first entry wins), mkdir
// over a file, a file over a directory, parents that were never created (or only later) or
// are files, and ".." above the mount point. A FILE with a missing parent is where a mount
// creates a regular file named after the first missing directory (famfs-format.md 3.3), so
// that name is a file for the entries after it. One hash lookup per entry in the common case.
#pragma once

#include "fsck/CheckContext.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace famscope::fsck {

class NamespaceChecks {
public:
    // `paths[i]` is entry i's path when it is a valid FILE/MKDIR with a usable path, and
    // `isDir[i]` its kind; the constructor notes where every directory is first created.
    NamespaceChecks(const std::vector<std::string>& paths, const std::vector<char>& usable,
                    const std::vector<char>& isDir);

    // Feeds entry `index` in log order; `instantiable` is false when famfs would skip the
    // entry for another reason (zero-offset extent) before looking at the namespace.
    void add(uint64_t index, bool instantiable, FindingSink& sink);

private:
    struct Node {
        uint64_t entry;
        bool isDir;
    };
    std::string_view firstMissing(std::string_view path, const Node** there) const;
    bool climbsAboveRoot(std::string_view path) const;
    const std::vector<std::string>& paths_;
    const std::vector<char>& isDir_;
    std::unordered_map<std::string_view, Node> nodes_;
    std::unordered_map<std::string_view, uint64_t> firstMkdir_; // path -> first MKDIR entry
};

} // namespace famscope::fsck
