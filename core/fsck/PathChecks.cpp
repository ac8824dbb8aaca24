#include "fsck/PathChecks.h"

#include <string_view>

namespace famscope::fsck {

using namespace famfs;

bool PathChecks::run(uint64_t index, const PathField& field, const char* fieldName,
                     uint64_t fieldOffset, FindingSink& sink) {
    const bool terminated = pathTerminated(field);
    const std::string path = terminated ? pathText(field) : std::string(field.begin(), field.end());
    auto where = [&] { return entryLocation(index, path, fieldName, fieldOffset); };
    if (!terminated) {
        report(sink, codes::PathUnterminated, where(),
               "the path has no NUL within its 80 bytes (longer than the 79-character "
               "maximum); famfs reads past the field");
        return false;
    }
    if (path.empty()) {
        report(sink, codes::PathEmpty, where(), "the path is empty; famfs skips the entry");
        return false;
    }
    if (path.front() == '/') {
        report(sink, codes::PathAbsolute, where(),
               "the path is absolute; famfs skips the entry (\"path is not relative\")");
        return false;
    }
    if (path.size() == kMaxPathLen - 1)
        report(sink, codes::PathMaxLength, where(),
               "the path has the maximum 79 characters: famfs writers truncate longer paths "
               "silently, so this name may have been cut");
    bool dot = false;
    bool dotdot = false;
    std::string_view rest(path);
    while (true) {
        const size_t slash = rest.find('/');
        const std::string_view part = rest.substr(0, slash);
        dot = dot || part.empty() || part == ".";
        dotdot = dotdot || part == "..";
        if (slash == std::string_view::npos)
            break;
        rest.remove_prefix(slash + 1);
    }
    if (dot)
        report(sink, codes::PathDot, where(),
               "the path has a '.' or empty component; famfs resolves it with realpath(), so "
               "the name on mount differs from the logged one");
    if (dotdot)
        report(sink, codes::PathDotDot, where(),
               "the path has a '..' component; famfs does not reject it and may create the "
               "entry elsewhere, even outside the mount");
    return true;
}

} // namespace famscope::fsck
