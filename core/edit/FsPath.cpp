#include "core/edit/FsPath.h"

#include "core/format/Constants.h"

namespace famscope::edit {

Result<std::string> normalizeFsPath(std::string_view path) {
    std::string out;
    size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '/') {
            ++i;
            continue;
        }
        const size_t end = path.find('/', i);
        const std::string_view comp =
            path.substr(i, end == std::string_view::npos ? path.npos : end - i);
        if (comp == "." || comp == "..")
            return Error{"path '" + std::string(path) + "' has a '" + std::string(comp) +
                         "' component"};
        if (comp.find('\0') != std::string_view::npos)
            return Error{"path has a NUL byte"};
        if (!out.empty())
            out += '/';
        out += comp;
        i += comp.size();
    }
    if (out.empty())
        return Error{"empty path (the root of the file system cannot be created)"};
    if (out.size() > famfs::kMaxPathLen - 1)
        return Error{"path '" + out + "' is " + std::to_string(out.size()) +
                     " bytes; famfs paths hold at most 79"};
    return out;
}

std::string parentOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::string baseNameOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string joinFsPath(const std::string& dir, const std::string& name) {
    return dir.empty() ? name : dir + "/" + name;
}

} // namespace famscope::edit
