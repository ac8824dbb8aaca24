#include "core/fs/Namespace.h"

#include <algorithm>

namespace famscope::fs {

namespace {
template <class T> const T* findByPath(const std::vector<T>& items, std::string_view path) {
    const auto it =
        std::lower_bound(items.begin(), items.end(), path,
                         [](const T& item, std::string_view p) { return item.path < p; });
    return it != items.end() && it->path == path ? &*it : nullptr;
}
} // namespace

const FsFile* Namespace::findFile(std::string_view path) const {
    return findByPath(files, path);
}

const FsDir* Namespace::findDir(std::string_view path) const {
    return findByPath(dirs, path);
}

} // namespace famscope::fs

namespace famscope::fs {

const char* landingReason(Landing how) {
    switch (how) {
    case Landing::AsLogged:
        return "";
    case Landing::Normalised:
        return "realpath() resolved '.', '..' or empty components of the logged path";
    case Landing::Truncated:
        return "realpath() stopped at a directory that does not exist; famfs mount creates a "
               "regular file by that name holding this entry's data";
    }
    return "";
}

} // namespace famscope::fs
