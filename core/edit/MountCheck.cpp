#include "core/edit/MountCheck.h"

#include <climits>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace famscope::edit {

namespace {

std::string canonical(const std::string& path) {
    char buf[PATH_MAX];
    return ::realpath(path.c_str(), buf) ? std::string(buf) : path;
}

// mountinfo escapes blanks and backslashes as \ooo.
std::string unescape(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 3 < s.size()) {
            const std::string oct = s.substr(i + 1, 3);
            if (oct.find_first_not_of("01234567") == std::string::npos) {
                out += static_cast<char>(std::strtol(oct.c_str(), nullptr, 8));
                i += 3;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

} // namespace

std::optional<std::string> mountedAs(const std::string& path, const std::string& mountInfoPath) {
    std::ifstream in(mountInfoPath);
    if (!in)
        return std::nullopt;
    const std::string target = canonical(path);
    std::string line;
    while (std::getline(in, line)) {
        // id parent maj:min root mountpoint options [optional fields] - fstype source super
        std::istringstream ls(line);
        std::vector<std::string> f;
        for (std::string w; ls >> w;)
            f.push_back(w);
        size_t dash = 0;
        while (dash < f.size() && f[dash] != "-")
            ++dash;
        if (f.size() < 5 || dash + 2 >= f.size())
            continue;
        const std::string fstype = f[dash + 1];
        const std::string source = unescape(f[dash + 2]);
        if (source.empty() || source[0] != '/')
            continue;
        if (canonical(source) == target)
            return "mounted at " + unescape(f[4]) + " (" + fstype + ")";
    }
    return std::nullopt;
}

} // namespace famscope::edit
