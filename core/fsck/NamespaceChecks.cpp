#include "fsck/NamespaceChecks.h"

namespace famscope::fsck {

namespace {
const char* kindName(bool isDir) {
    return isDir ? "directory" : "file";
}
} // namespace

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
    const size_t slash = path.rfind('/');
    if (slash != std::string::npos) {
        const std::string_view parent(path.data(), slash);
        const auto p = nodes_.find(parent);
        if (p == nodes_.end()) {
            const auto later = firstMkdir_.find(parent);
            report(sink, codes::PathParentMissing, where(),
                   "parent directory " + quotedPath(parent) + " " +
                       (later == firstMkdir_.end()
                            ? std::string("is never created")
                            : "is created only later, by entry " + std::to_string(later->second)) +
                       "; famfs cannot instantiate this " + kindName(isDir));
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
