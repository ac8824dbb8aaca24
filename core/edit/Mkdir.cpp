#include "core/edit/Mkdir.h"

#include "core/edit/FsPath.h"

namespace famscope::edit {

Result<MkdirResult> makeDirectory(EditSession& session, const std::string& rawPath,
                                  const MkdirOptions& options) {
    auto path = normalizeFsPath(rawPath);
    if (!path)
        return Error{path.error()};
    std::vector<std::string> missing; // deepest first
    for (std::string p = *path; !p.empty(); p = parentOf(p)) {
        if (session.isDir(p))
            break;
        if (session.file(p))
            return Error{"'" + p + "' exists and is a file"};
        missing.push_back(p);
    }
    if (missing.empty()) {
        if (options.parents)
            return MkdirResult{};
        return Error{"'" + *path + "' already exists"};
    }
    if (!options.parents && missing.size() > 1)
        return Error{"parent directory '" + parentOf(*path) + "' does not exist (use -p)"};
    if (Status st = session.requireSlots(missing.size()); !st)
        return Error{st.error()};

    MkdirResult result;
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        famfs::MkdirMeta d;
        d.uid = options.uid;
        d.gid = options.gid;
        d.mode = options.mode;
        famfs::setPathText(d.relpath, *it);
        auto index = session.append(famfs::LogEntry::makeMkdir(d));
        if (!index)
            return Error{index.error()};
        result.created.push_back(*it);
        result.entries.push_back(*index);
    }
    return result;
}

} // namespace famscope::edit
