#include "fsck/NamespaceChecks.h"

namespace famscope::fsck {

namespace {
const char* kindName(bool isDir) {
    return isDir ? "directory" : "file";
}

} // namespace

// True when ".." takes the path above the mount point, read as realpath() reads it: ".."
// lexically, and only while every component before it is an existing directory (realpath()
// stops at the first one that is not).
bool NamespaceChecks::climbsAboveRoot(std::string_view path) const {
    std::string walked;
    size_t pos = 0;
    while (pos <= path.size()) {
        size_t end = path.find('/', pos);
        if (end == std::string_view::npos)
            end = path.size();
        const std::string_view comp = path.substr(pos, end - pos);
        pos = end + 1;
        if (comp.empty() || comp == ".")
            continue;
        if (comp == "..") {
            if (walked.empty())
                return true;
            const size_t slash = walked.rfind('/');
            walked.erase(slash == std::string::npos ? 0 : slash);
            continue;
        }
        walked += walked.empty() ? "" : "/";
        walked.append(comp);
        const auto it = nodes_.find(walked);
        if (it == nodes_.end() || !it->second.isDir)
            return false;
    }
    return false;
}

// The first ancestor of `path` that is not a directory yet (realpath() stops there), and what
// is there now, if anything.
std::string_view NamespaceChecks::firstMissing(std::string_view path, const Node** there) const {
    for (size_t slash = path.find('/'); slash != std::string_view::npos;
         slash = path.find('/', slash + 1)) {
        const std::string_view prefix = path.substr(0, slash);
        const auto it = nodes_.find(prefix);
        if (it == nodes_.end() || !it->second.isDir) {
            *there = it == nodes_.end() ? nullptr : &it->second;
            return prefix;
        }
    }
    *there = nullptr;
    return path;
}

NamespaceChecks::NamespaceChecks(const std::vector<std::string>& paths,
                                 const std::vector<char>& usable, const std::vector<char>& isDir)
    : paths_(paths), isDir_(isDir) {
    nodes_.reserve(paths.size());
    for (uint64_t i = 0; i < paths.size(); ++i)
        if (usable[i] && isDir[i])
            firstMkdir_.try_emplace(paths[i], i);
}

void NamespaceChecks::add(uint64_t index, bool instantiable, FindingSink& sink) {
    const std::string& path = paths_[index];
    const bool isDir = isDir_[index] != 0;
    const char* field = isDir ? "md_relpath" : "fm_relpath";
    const uint64_t fieldAt = isDir ? 28 : 40;
    auto where = [&] { return entryLocation(index, path, field, fieldAt); };

    if (const auto it = nodes_.find(path); it != nodes_.end()) {
        const Node& first = it->second;
        const std::string firstText =
            kindName(first.isDir) + std::string(" of entry ") + std::to_string(first.entry);
        if (isDir && !first.isDir)
            report(sink, codes::MkdirOverFile, where(),
                   "mkdir of a path that is already the " + firstText +
                       "; famfs counts a directory error and keeps the file");
        else if (!isDir && first.isDir)
            report(sink, codes::FileOverDir, where(),
                   "file over a path that is already the " + firstText +
                       "; the directory wins and this file's space is lost");
        else
            report(sink, codes::PathDuplicate, where(),
                   "the path is already the " + firstText + "; entry " +
                       std::to_string(first.entry) + " wins" +
                       (isDir ? std::string() : ", this entry's space is allocated but lost"));
        return;
    }
    if (!instantiable)
        return;
    if (climbsAboveRoot(path)) {
        report(sink, codes::PathEscapesMount, where(),
               std::string("'..' climbs above the mount point: a mount resolves this ") +
                   kindName(isDir) +
                   " outside the famfs file system (famfs removes a file it creates there, "
                   "mkdir() leaves the directory there)");
        return;
    }
    const size_t slash = path.rfind('/');
    if (slash != std::string::npos) {
        const std::string_view parent(path.data(), slash);
        const auto p = nodes_.find(parent);
        if (p == nodes_.end()) {
            const auto later = firstMkdir_.find(parent);
            const Node* there = nullptr;
            const std::string_view missing = firstMissing(path, &there);
            std::string outcome;
            if (there)
                outcome = quotedPath(missing) + " is the file of entry " +
                          std::to_string(there->entry) + ", so famfs mount fails (ENOTDIR)";
            else if (isDir)
                outcome = "famfs mount's mkdir() fails and creates nothing";
            else
                outcome = "famfs mount creates a regular file " + quotedPath(missing) +
                          " holding this entry's data";
            report(sink, codes::PathParentMissing, where(),
                   "parent directory " + quotedPath(parent) + " " +
                       (later == firstMkdir_.end()
                            ? std::string("is never created")
                            : "is created only later, by entry " + std::to_string(later->second)) +
                       "; " + outcome);
            // realpath() stops at the first missing component and famfs creates the file there.
            if (!there && !isDir)
                nodes_.emplace(missing, Node{index, false});
            return;
        }
        if (!p->second.isDir) {
            report(sink, codes::PathParentNotDir, where(),
                   "parent " + quotedPath(parent) + " is the file of entry " +
                       std::to_string(p->second.entry) + ", not a directory");
            return;
        }
    }
    nodes_.emplace(path, Node{index, isDir});
}

} // namespace famscope::fsck
